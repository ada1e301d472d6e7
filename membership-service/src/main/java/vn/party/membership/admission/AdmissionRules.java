package vn.party.membership.admission;

import java.time.LocalDate;
import java.time.Period;

import vn.party.common.problem.ProblemException;
import vn.party.membership.calendar.WorkingDays;
import vn.party.membership.policy.Fraction;
import vn.party.membership.policy.Policy;

/** The admission rules, as plain functions of the policy version in force and the calendar. */
public final class AdmissionRules {

    private AdmissionRules() {
    }

    /** Completed months of age on {@code on}: 17 years 11 months and 30 days is 215. */
    public static long ageInMonths(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).toTotalMonths();
    }

    /** Age at the cell's consideration, in months, between the policy's minimum and maximum inclusive. */
    public static void checkAge(LocalDate dateOfBirth, LocalDate consideredOn, Policy policy) {
        long months = ageInMonths(dateOfBirth, consideredOn);
        if (months < policy.minAdmissionAgeMonths() || months > policy.maxAdmissionAgeMonths()) {
            throw ProblemException.ruleViolated("admission.age",
                    "Tuổi khi chi bộ xét là %d năm %d tháng, ngoài khoảng %d tháng đến %d tháng (age %d years %d months is outside %d–%d months)"
                            .formatted(months / 12, months % 12, policy.minAdmissionAgeMonths(),
                                    policy.maxAdmissionAgeMonths(), months / 12, months % 12,
                                    policy.minAdmissionAgeMonths(), policy.maxAdmissionAgeMonths()));
        }
    }

    /** The votes for must reach the threshold of all entitled voters (not of those present). */
    public static void checkVote(Fraction threshold, int entitledVoters, int votesFor) {
        if (votesFor > entitledVoters) {
            throw ProblemException.invalidField("votesFor",
                    "không vượt quá số đảng viên có quyền biểu quyết (at most the entitled voters)");
        }
        if (!threshold.reachedBy(votesFor, entitledVoters)) {
            throw ProblemException.ruleViolated("admission.vote-threshold",
                    "%d/%d phiếu tán thành chưa đạt %s số đảng viên có quyền biểu quyết (%d of %d entitled voters is below %s)"
                            .formatted(votesFor, entitledVoters, threshold, votesFor, entitledVoters, threshold));
        }
    }

    /** {@code date} must be no later than {@code workingDays} working days after {@code start}. */
    public static void checkDeadline(String rule, WorkingDays calendar, LocalDate start, int workingDays,
            LocalDate date) {
        LocalDate last = calendar.add(start, workingDays);
        if (date.isAfter(last)) {
            throw ProblemException.ruleViolated(rule,
                    "Quá hạn %d ngày làm việc kể từ %s: hạn cuối là %s (more than %d working days after %s; the last day was %s)"
                            .formatted(workingDays, start, last, workingDays, start, last));
        }
    }

    /**
     * The last day for the admission decision: the policy's working days (plus the extension granted, if any) after
     * the day the cell adopted its resolution proposing admission.
     */
    public static LocalDate decisionDue(WorkingDays calendar, LocalDate cellResolution, Policy policy,
            Integer extensionWorkingDays) {
        return calendar.add(cellResolution,
                policy.decisionDeadlineWorkingDays() + (extensionWorkingDays == null ? 0 : extensionWorkingDays));
    }

    /** Completed months between two dates (for the introducers' time working with the candidate). */
    public static long monthsBetween(LocalDate from, LocalDate to) {
        return Period.between(from, to).toTotalMonths();
    }
}
