package vn.party.membership.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.party.membership.member.domain.Gender;

public final class CandidateRequests {

    private static final String REQUIRED = "bắt buộc (required)";
    private static final String TWELVE_DIGITS = "[0-9]{12}";

    private CandidateRequests() {
    }

    /** What the member record is later created from. */
    public record Profile(
            @NotBlank(message = REQUIRED) @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            @Pattern(regexp = "[\\p{L}\\p{M}' .-]+", message = "chỉ gồm chữ cái (letters only)")
            String fullName,
            @NotNull(message = REQUIRED) Gender gender,
            @NotNull(message = REQUIRED) @Past(message = "phải ở quá khứ (must be in the past)") LocalDate dateOfBirth,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String ethnicity,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)") String religion,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String hometown,
            @NotBlank(message = REQUIRED)
            @Pattern(regexp = TWELVE_DIGITS, message = "CCCD phải gồm đúng 12 chữ số (exactly 12 digits)")
            String nationalId,
            @Pattern(regexp = "\\+?[0-9 .-]{8,20}", message = "số điện thoại không hợp lệ (invalid phone number)")
            String phone,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)") String educationLevel,
            @Size(max = 30, message = "tối đa 30 ký tự (at most 30 characters)") String politicalTheoryLevel,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)") String jobTitle,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String hostAgency) {
    }

    public record Create(
            @NotNull(message = REQUIRED) UUID organizationId,
            @NotNull(message = REQUIRED) @Valid Profile profile) {
    }

    public record AwarenessClass(
            @NotNull(message = REQUIRED) LocalDate passedOn,
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String certificateNumber) {
    }

    public record Introducer(
            @NotNull(message = REQUIRED) UUID memberId,
            @NotNull(message = REQUIRED) LocalDate workedTogetherSince) {
    }

    public record Introducers(
            @NotNull(message = REQUIRED) LocalDate assignedOn,
            @NotNull(message = REQUIRED) @Size(min = 2, max = 2, message = "đúng hai người (exactly two)")
            List<@NotNull(message = REQUIRED) @Valid Introducer> introducers) {
    }

    public record Dossier(@NotNull(message = REQUIRED) LocalDate completedOn) {
    }

    public record Vote(
            @NotNull(message = REQUIRED) LocalDate votedOn,
            @NotNull(message = REQUIRED) @Positive(message = "phải > 0 (must be > 0)") Integer entitledVoters,
            @NotNull(message = REQUIRED) @PositiveOrZero(message = "phải ≥ 0 (must be ≥ 0)") Integer votesFor) {
    }

    public record Decision(
            @NotBlank(message = REQUIRED) @Size(max = 100, message = "tối đa 100 ký tự (at most 100 characters)")
            String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate decidedOn) {
    }

    public record Ceremony(
            @NotNull(message = REQUIRED) LocalDate ceremonyOn,
            @Pattern(regexp = TWELVE_DIGITS, message = "số thẻ đảng phải gồm đúng 12 chữ số (exactly 12 digits)")
            String partyCardNumber) {
    }

    /** The deciding level extends the decision deadline once, by at most the policy's working days, with a reason. */
    public record DecisionExtension(
            @NotNull(message = REQUIRED) LocalDate grantedOn,
            @NotNull(message = REQUIRED) @Positive(message = "phải > 0 (must be > 0)") Integer workingDays,
            @NotBlank(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason) {
    }

    public record Closing(
            @NotNull(message = REQUIRED) LocalDate on,
            @NotBlank(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason) {
    }
}
