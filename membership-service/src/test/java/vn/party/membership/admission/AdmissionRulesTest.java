package vn.party.membership.admission;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.party.common.problem.ProblemException;
import vn.party.membership.calendar.WorkingDays;
import vn.party.membership.policy.Fraction;
import vn.party.membership.policy.Policy;

class AdmissionRulesTest {

    private static final Policy RULES_2025 = new Policy(LocalDate.of(2025, 1, 1), "QĐ 294-QĐ/TW", 216, 720, 12, 12,
            60, 30, 30, new Fraction(2, 3), new Fraction(2, 3), 3);

    private static String rule(Executable check) {
        return assertThrows(ProblemException.class, check).errors().get(0).field();
    }

    @Test
    void ageAtTheCellsConsiderationIsEighteenToSixtyInMonths() {
        LocalDate born = LocalDate.of(2007, 6, 15);
        // 17 years 11 months: refused, even on the eve of the 18th birthday
        assertEquals("admission.age", rule(() -> AdmissionRules.checkAge(born, LocalDate.of(2025, 5, 15), RULES_2025)));
        assertEquals("admission.age", rule(() -> AdmissionRules.checkAge(born, LocalDate.of(2025, 6, 14), RULES_2025)));
        // 18 years 0 months: accepted
        assertDoesNotThrow(() -> AdmissionRules.checkAge(born, LocalDate.of(2025, 6, 15), RULES_2025));

        LocalDate older = LocalDate.of(1965, 3, 10);
        // 60 years 0 months (and days): accepted
        assertDoesNotThrow(() -> AdmissionRules.checkAge(older, LocalDate.of(2025, 3, 10), RULES_2025));
        assertDoesNotThrow(() -> AdmissionRules.checkAge(older, LocalDate.of(2025, 4, 9), RULES_2025));
        // 60 years 1 month: refused
        assertEquals("admission.age", rule(() -> AdmissionRules.checkAge(older, LocalDate.of(2025, 4, 10), RULES_2025)));
        assertEquals(721, AdmissionRules.ageInMonths(older, LocalDate.of(2025, 4, 10)));
    }

    @Test
    void voteThresholdCountsAllEntitledVoters() {
        assertDoesNotThrow(() -> AdmissionRules.checkVote(RULES_2025.cellVoteThreshold(), 9, 6));
        assertEquals("admission.vote-threshold",
                rule(() -> AdmissionRules.checkVote(RULES_2025.cellVoteThreshold(), 9, 5)));
        assertEquals("votesFor", rule(() -> AdmissionRules.checkVote(RULES_2025.cellVoteThreshold(), 9, 10)));
    }

    @Test
    void decisionDeadlineIsCountedInWorkingDaysAcrossTet() {
        WorkingDays tet2026 = new WorkingDays(Set.of(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));
        LocalDate decision = LocalDate.of(2026, 2, 2);
        assertDoesNotThrow(() -> AdmissionRules.checkDeadline("admission.ceremony-deadline", tet2026, decision, 30,
                LocalDate.of(2026, 3, 23)));
        assertEquals("admission.ceremony-deadline", rule(() -> AdmissionRules.checkDeadline(
                "admission.ceremony-deadline", tet2026, decision, 30, LocalDate.of(2026, 3, 24))));
    }
}
