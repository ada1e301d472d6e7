package vn.party.membership.transfer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.membership.calendar.WorkingDays;

class TransferRulesTest {

    /** The 2025 numbers as seeded in V6 (the service reads them from policy_version). */
    private static final TransferPolicy POLICY = new TransferPolicy(java.time.LocalDate.of(2025, 1, 1), 60, 30, 3, 12, 24);
    // 30/4, 1/5 and the swapped 2/5 of 2025
    private static final WorkingDays DAYS = new WorkingDays(Set.of(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2)));

    @Test
    void theRequestComesWithinSixtyWorkingDaysOfTheDecision() {
        LocalDate decided = LocalDate.of(2025, 4, 10);
        assertDoesNotThrow(() -> TransferRules.checkRequest(decided, LocalDate.of(2025, 7, 8), POLICY, DAYS));
        assertThrows(ProblemException.class, () -> TransferRules.checkRequest(decided, LocalDate.of(2025, 7, 9), POLICY, DAYS));
    }

    @Test
    void theLetterIsPresentedWithinThirtyWorkingDays() {
        LocalDate issued = LocalDate.of(2025, 4, 22);
        assertDoesNotThrow(() -> TransferRules.checkPresentation(issued, LocalDate.of(2025, 6, 6), POLICY, DAYS));
        assertThrows(ProblemException.class, () -> TransferRules.checkPresentation(issued, LocalDate.of(2025, 6, 9), POLICY, DAYS));
    }

    @Test
    void temporaryTransfersLastThreeMonthsToUnderAYearAndUpToTwoYearsForStudy() {
        LocalDate start = LocalDate.of(2025, 3, 1);
        assertDoesNotThrow(() -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2025, 6, 1), false, POLICY));
        assertThrows(ProblemException.class, () -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2025, 5, 31), false, POLICY));
        assertDoesNotThrow(() -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2026, 2, 28), false, POLICY));
        assertThrows(ProblemException.class, () -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2026, 3, 1), false, POLICY));
        assertDoesNotThrow(() -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2026, 3, 1), true, POLICY));
        assertDoesNotThrow(() -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2027, 3, 1), true, POLICY));
        assertThrows(ProblemException.class, () -> TransferRules.checkTemporaryDuration(start, LocalDate.of(2027, 3, 2), true, POLICY));
    }
}
