package vn.party.membership.committee.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.committee.domain.CommitteeBody;
import vn.party.membership.committee.domain.CommitteePosition;

/** Request bodies of the committee-post API. Periods are half-open: {@code toDate} is the first day out of post. */
public final class AssignmentRequests {

    private AssignmentRequests() {
    }

    /** Appoints a member to a post; a past post may be recorded with its {@code toDate} at once. */
    public record Create(
            @NotNull(message = "bắt buộc (required)")
            UUID memberId,
            @NotNull(message = "bắt buộc (required)")
            CommitteeBody body,
            @NotNull(message = "bắt buộc (required)")
            CommitteePosition position,
            @NotNull(message = "bắt buộc (required)")
            LocalDate fromDate,
            LocalDate toDate,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef) {
    }

    /** Ends a post from {@code toDate}; the post stays in the history. */
    public record End(
            @NotNull(message = "bắt buộc: ngày thôi giữ chức (required: the first day out of post)")
            LocalDate toDate,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String reason,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
