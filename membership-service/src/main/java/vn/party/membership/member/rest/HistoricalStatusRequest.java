package vn.party.membership.member.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.member.domain.MemberStatus;

/**
 * A status of the past copied from a paper record: {@code sourceDocument} names where it was read (the decision's
 * number and date, the register book and page…); {@code version} is the member's version you read.
 */
public record HistoricalStatusRequest(
        @NotNull(message = "bắt buộc (required)")
        MemberStatus status,
        @NotNull(message = "bắt buộc (required)")
        LocalDate effectiveOn,
        LocalDate endsOn,
        @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
        String reason,
        @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
        String decisionRef,
        @NotBlank(message = "bắt buộc: tài liệu gốc (required: the source document)")
        @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
        String sourceDocument,
        @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
        @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
        Long version) {
}
