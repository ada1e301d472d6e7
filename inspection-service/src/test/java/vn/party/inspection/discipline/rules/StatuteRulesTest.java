package vn.party.inspection.discipline.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.ViolationCategory;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.DisciplinePolicy.FormRule;
import vn.party.inspection.discipline.policy.DisciplinePolicy.VoteThreshold;

/** The statute of limitations at its boundaries, with the numbers and categories seeded for 2021 onwards (V11). */
class StatuteRulesTest {

    private static final VoteThreshold HALF = new VoteThreshold(1, 2, true);
    private static final VoteThreshold TWO_THIRDS = new VoteThreshold(2, 3, false);
    private static final DisciplinePolicy POLICY = new DisciplinePolicy(UUID.randomUUID(), LocalDate.of(2021, 7, 28), 90, 180, 1,
            Map.of(DisciplineForm.REPRIMAND, new FormRule(Optional.of(5), HALF),
                    DisciplineForm.WARNING, new FormRule(Optional.of(10), HALF),
                    DisciplineForm.REMOVAL_FROM_POST, new FormRule(Optional.of(10), TWO_THIRDS),
                    DisciplineForm.EXPULSION, new FormRule(Optional.empty(), TWO_THIRDS)),
            Set.of(), Set.of("INTERNAL_POLITICAL_SECURITY", "NATIONAL_SECURITY_DEFENCE_FOREIGN_AFFAIRS", "ILLEGAL_DIPLOMA"),
            Set.of());
    private static final LocalDate DECISION = LocalDate.of(2026, 3, 10);

    @Test
    void fiveYearsToTheDayAtReprimandLevel() {
        assertDoesNotThrow(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(5), null, null, null));
        assertRefused(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(5).minusDays(1), null, null, null));
        // cảnh cáo-level: 10 years
        assertDoesNotThrow(() -> check(DisciplineForm.WARNING, null, DECISION.minusYears(10), null, null, null));
        assertRefused(() -> check(DisciplineForm.REMOVAL_FROM_POST, null, DECISION.minusYears(10).minusDays(1), null, null, null));
        // a newer violation restarts the clock
        assertDoesNotThrow(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(8), null, DECISION.minusYears(1), null));
    }

    @Test
    void theLevelOfTheViolationNotTheFormDecidedSetsThePeriod() {
        // a reprimand-level violation of 7 years ago is out of time, whatever heavier form is proposed or decided
        assertRefused(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(7), null, null, null));
        // an expulsion-level violation decided as a warning 20 years later is in time (no statute for khai trừ-level)
        assertDoesNotThrow(() -> check(DisciplineForm.EXPULSION, null, DECISION.minusYears(20), null, null, null));
    }

    @Test
    void theClockStopsWhenTheCompetentBodyConcludesOrDecidesToInspect() {
        LocalDate violation = DECISION.minusYears(6);
        // concluded that discipline is due 4 years after the violation: the later decision is in time
        assertDoesNotThrow(() -> check(DisciplineForm.REPRIMAND, null, violation, null, null, violation.plusYears(4)));
        // the body's conclusion one day too late
        assertRefused(() -> check(DisciplineForm.REPRIMAND, null, violation, null, null, violation.plusYears(5).plusDays(1)));
    }

    @Test
    void aContinuingViolationCountsFromItsEnd() {
        assertDoesNotThrow(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(9), DECISION.minusYears(3), null, null));
        assertRefused(() -> check(DisciplineForm.REPRIMAND, null, DECISION.minusYears(9), DECISION.minusYears(6), null, null));
    }

    @Test
    void theNamedCategoriesHaveNoStatute() {
        for (ViolationCategory category : ViolationCategory.values()) {
            assertDoesNotThrow(() -> check(DisciplineForm.REPRIMAND, category, DECISION.minusYears(30), null, null, null));
        }
        // a version that does not list the category (2016/2017) applies the level's period
        DisciplinePolicy older = new DisciplinePolicy(UUID.randomUUID(), LocalDate.of(2016, 7, 26), 90, 180, 1, POLICY.forms(),
                Set.of());
        assertRefused(() -> StatuteRules.requireWithinStatute(older, new StatuteRules.Violation(DisciplineForm.REPRIMAND,
                ViolationCategory.ILLEGAL_DIPLOMA, DECISION.minusYears(30), null, null, null), DECISION));
    }

    private static void check(DisciplineForm level, ViolationCategory category, LocalDate violation, LocalDate ended,
            LocalDate newer, LocalDate stopped) {
        StatuteRules.requireWithinStatute(POLICY, new StatuteRules.Violation(level, category, violation, ended, newer, stopped),
                DECISION);
    }

    private static void assertRefused(Executable check) {
        ProblemException refused = assertThrows(ProblemException.class, check);
        assertEquals(DisciplineRules.STATUTE, refused.errors().get(0).field());
    }
}
