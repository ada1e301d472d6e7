package vn.party.membership.member.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;

public final class MemberRequests {

    static final String TWELVE_DIGITS = "[0-9]{12}";
    static final String NAME = "[\\p{L}\\p{M}' .-]+";
    static final String PHONE = "\\+?[0-9 .-]{8,20}";

    private MemberRequests() {
    }

    /** The editable profile, shared by registration and correction. */
    public record Profile(
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            @Pattern(regexp = NAME, message = "chỉ gồm chữ cái (letters only)")
            String fullName,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String familyName,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String givenName,
            @NotNull(message = "bắt buộc (required)")
            Gender gender,
            @NotNull(message = "bắt buộc (required)")
            @Past(message = "phải ở quá khứ (must be in the past)")
            LocalDate dateOfBirth,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String ethnicity,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String religion,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String hometown,
            @NotBlank(message = "bắt buộc (required)")
            @Pattern(regexp = TWELVE_DIGITS, message = "CCCD phải gồm đúng 12 chữ số (exactly 12 digits)")
            String nationalId,
            @Pattern(regexp = TWELVE_DIGITS, message = "số thẻ đảng phải gồm đúng 12 chữ số (exactly 12 digits)")
            String partyCardNumber,
            @Pattern(regexp = PHONE, message = "số điện thoại không hợp lệ (invalid phone number)")
            String phone,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String educationLevel,
            @Size(max = 30, message = "tối đa 30 ký tự (at most 30 characters)")
            String politicalTheoryLevel,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String jobTitle,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)")
            String hostAgency,
            LocalDate admissionDecisionDate,
            @NotNull(message = "bắt buộc (required)")
            LocalDate admissionDate,
            LocalDate officialDate) {
    }

    /**
     * Registers an existing member in an organization. {@code status} defaults to OFFICIAL when an official
     * date is given, else PROBATIONARY; later statuses come through status changes.
     */
    public record Register(
            @NotNull(message = "bắt buộc (required)")
            UUID organizationId,
            MemberStatus status,
            @NotNull(message = "bắt buộc (required)")
            @jakarta.validation.Valid
            Profile profile) {
    }

    public record Correct(
            @NotNull(message = "bắt buộc (required)")
            @jakarta.validation.Valid
            Profile profile,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }

    public record ChangeStatus(
            @NotNull(message = "bắt buộc (required)")
            MemberStatus status,
            @NotNull(message = "bắt buộc (required)")
            LocalDate effectiveOn,
            @NotBlank(message = "bắt buộc (required)")
            @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason,
            @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionRef,
            @NotNull(message = "bắt buộc: phiên bản đã đọc (required: the version you read)")
            @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)")
            Long version) {
    }
}
