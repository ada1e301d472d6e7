package vn.party.membership.transfer;

import java.time.LocalDate;

import vn.party.common.problem.ProblemException;
import vn.party.membership.calendar.WorkingDays;

/** The transfer rules as plain functions: deadlines in working days and the length of a temporary transfer. */
public final class TransferRules {

    public static final String REQUEST_DEADLINE = "transfer.request-deadline";
    public static final String PRESENTATION_DEADLINE = "transfer.presentation-deadline";
    public static final String TEMPORARY_DURATION = "transfer.temporary-duration";

    private TransferRules() {
    }

    /** The request must come within the policy's working days of the decision that triggered it. */
    public static void checkRequest(LocalDate decidedOn, LocalDate requestedOn, TransferPolicy policy, WorkingDays days) {
        if (requestedOn.isBefore(decidedOn)) {
            throw ProblemException.invalidField("requestedOn",
                    "không được trước ngày quyết định (cannot precede the triggering decision)");
        }
        if (!days.within(decidedOn, policy.requestWorkingDays(), requestedOn)) {
            throw ProblemException.ruleViolated(REQUEST_DEADLINE, "Đề nghị chuyển sinh hoạt phải trong "
                    + policy.requestWorkingDays() + " ngày làm việc kể từ quyết định " + decidedOn + ", tức đến "
                    + days.add(decidedOn, policy.requestWorkingDays()) + " (the request must come within "
                    + policy.requestWorkingDays() + " working days of the triggering decision)");
        }
    }

    /** The member presents the introduction letter within the policy's working days of its issue. */
    public static void checkPresentation(LocalDate letterIssuedOn, LocalDate receivedOn, TransferPolicy policy,
            WorkingDays days) {
        if (receivedOn.isBefore(letterIssuedOn)) {
            throw ProblemException.invalidField("receivedOn",
                    "không được trước ngày giới thiệu (cannot precede the introduction letter)");
        }
        if (!days.within(letterIssuedOn, policy.presentationWorkingDays(), receivedOn)) {
            throw ProblemException.ruleViolated(PRESENTATION_DEADLINE, "Đảng viên phải xuất trình giấy giới thiệu trong "
                    + policy.presentationWorkingDays() + " ngày làm việc kể từ " + letterIssuedOn + ", tức đến "
                    + days.add(letterIssuedOn, policy.presentationWorkingDays()) + " (the letter must be presented within "
                    + policy.presentationWorkingDays() + " working days of its issue)");
        }
    }

    /** A temporary transfer lasts from the minimum months to under the maximum; for study up to the study maximum. */
    public static void checkTemporaryDuration(LocalDate startsOn, LocalDate endsOn, boolean study, TransferPolicy policy) {
        if (!endsOn.isAfter(startsOn)) {
            throw ProblemException.invalidField("endsOn", "phải sau ngày bắt đầu (must come after startsOn)");
        }
        if (endsOn.isBefore(startsOn.plusMonths(policy.temporaryMinMonths()))) {
            throw ProblemException.ruleViolated(TEMPORARY_DURATION, "Chuyển sinh hoạt tạm thời ít nhất "
                    + policy.temporaryMinMonths() + " tháng (a temporary transfer lasts at least "
                    + policy.temporaryMinMonths() + " months)");
        }
        if (study) {
            if (endsOn.isAfter(startsOn.plusMonths(policy.studyMaxMonths()))) {
                throw ProblemException.ruleViolated(TEMPORARY_DURATION, "Chuyển sinh hoạt tạm thời để đi học tối đa "
                        + policy.studyMaxMonths() + " tháng (for study at most " + policy.studyMaxMonths() + " months)");
            }
        } else if (!endsOn.isBefore(startsOn.plusMonths(policy.temporaryMaxMonths()))) {
            throw ProblemException.ruleViolated(TEMPORARY_DURATION, "Chuyển sinh hoạt tạm thời dưới "
                    + policy.temporaryMaxMonths() + " tháng, trừ trường hợp đi học (a temporary transfer lasts under "
                    + policy.temporaryMaxMonths() + " months unless for study)");
        }
    }
}
