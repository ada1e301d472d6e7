package vn.party.membership.member.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/** Consistency rules of a member record, checked against the policy numbers in force. */
public final class MemberRules {

    /** The dates of a record, as submitted. */
    public record Dates(LocalDate dateOfBirth, LocalDate admissionDecisionDate, LocalDate admissionDate,
            LocalDate officialDate) {
    }

    private MemberRules() {
    }

    /**
     * Refuses (422, every broken rule listed) dates that cannot be true together: in the future, under age at
     * admission, ceremony before decision, official before the end of probation, or a status that
     * contradicts the official date.
     */
    public static void checkDates(Dates dates, MemberStatus status, int minAdmissionAgeMonths, int probationMonths,
            LocalDate today) {
        List<Problem.FieldError> errors = new ArrayList<>();
        notInFuture(errors, "dateOfBirth", dates.dateOfBirth(), today);
        notInFuture(errors, "admissionDecisionDate", dates.admissionDecisionDate(), today);
        notInFuture(errors, "admissionDate", dates.admissionDate(), today);
        notInFuture(errors, "officialDate", dates.officialDate(), today);
        if (dates.dateOfBirth() != null && dates.admissionDate() != null
                && dates.dateOfBirth().plusMonths(minAdmissionAgeMonths).isAfter(dates.admissionDate())) {
            errors.add(new Problem.FieldError("member.admission-age",
                    "chưa đủ %d tuổi khi kết nạp (under %d years old at admission)"
                            .formatted(minAdmissionAgeMonths / 12, minAdmissionAgeMonths / 12)));
        }
        if (dates.admissionDecisionDate() != null && dates.admissionDate() != null
                && dates.admissionDecisionDate().isAfter(dates.admissionDate())) {
            errors.add(new Problem.FieldError("member.ceremony-after-decision",
                    "lễ kết nạp phải sau ngày quyết định (the ceremony must follow the admission decision)"));
        }
        if (dates.officialDate() != null && dates.admissionDate() != null
                && dates.officialDate().isBefore(dates.admissionDate().plusMonths(probationMonths))) {
            errors.add(new Problem.FieldError("member.probation",
                    "ngày chính thức phải sau ngày kết nạp ít nhất %d tháng (official at least %d months after admission)"
                            .formatted(probationMonths, probationMonths)));
        }
        if (status == MemberStatus.OFFICIAL && dates.officialDate() == null) {
            errors.add(new Problem.FieldError("officialDate",
                    "bắt buộc với đảng viên chính thức (required for an official member)"));
        }
        if (status == MemberStatus.PROBATIONARY && dates.officialDate() != null) {
            errors.add(new Problem.FieldError("officialDate",
                    "đảng viên dự bị chưa có ngày chính thức (a probationary member has no official date)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION,
                    String.join("; ", errors.stream().map(Problem.FieldError::message).toList()), errors);
        }
    }

    private static void notInFuture(List<Problem.FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new Problem.FieldError(field, "không được ở tương lai (cannot be in the future)"));
        }
    }
}
