package vn.party.inspection.discipline.rules;

import java.time.LocalDate;

import vn.party.common.problem.ProblemException;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.rest.DisciplineRequests;

/** Consistency of the dates and counts a case or a decision is sent with: 400 naming the field. */
public final class CaseInputRules {

    private CaseInputRules() {
    }

    public static void requireConsistent(DisciplineRequests.CreateCase request) {
        if (request.newerViolationDate() != null && !request.newerViolationDate().isAfter(request.violationDate())) {
            throw ProblemException.invalidField("newerViolationDate", "phải sau ngày vi phạm (must be after violationDate)");
        }
        if (request.newerViolationDate() != null && isBlank(request.newerViolationDescription())) {
            throw ProblemException.invalidField("newerViolationDescription", "bắt buộc khi có vi phạm mới (required with newerViolationDate)");
        }
        if (request.violationEndedOn() != null && request.violationEndedOn().isBefore(request.violationDate())) {
            throw ProblemException.invalidField("violationEndedOn", "không được trước ngày vi phạm (must not precede violationDate)");
        }
    }

    public static void requireConsistent(DisciplineCase c, DisciplineRequests.Decide request) {
        if (request.votesFor() + request.votesAgainst() > request.entitledVoters()) {
            throw ProblemException.invalidField("votesFor", "tán thành + không tán thành vượt quá số có quyền biểu quyết"
                    + " (votesFor + votesAgainst exceed entitledVoters)");
        }
        LocalDate latestViolation = c.newerViolationDate != null ? c.newerViolationDate : c.violationDate;
        if (request.decisionDate().isBefore(latestViolation)) {
            throw ProblemException.invalidField("decisionDate", "không được trước ngày vi phạm (must not precede the violation)");
        }
        if (request.effectiveDate().isBefore(request.decisionDate())) {
            throw ProblemException.invalidField("effectiveDate", "không được trước ngày quyết định (must not precede decisionDate)");
        }
        if (request.receivedOn() != null && request.receivedOn().isBefore(request.decisionDate())) {
            throw ProblemException.invalidField("receivedOn", "không được trước ngày quyết định (must not precede decisionDate)");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
