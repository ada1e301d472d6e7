package vn.party.membership.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;

class PolicyTimelineTest {

    static Policy version(LocalDate from, int minAgeMonths, Fraction threshold) {
        return new Policy(from, "test " + from, minAgeMonths, 720, 12, 12, 60, 30, 30, threshold, threshold, 3);
    }

    @Test
    void picksTheVersionInForceOnADate() {
        Fraction twoThirds = new Fraction(2, 3);
        PolicyTimeline timeline = new PolicyTimeline(List.of(
                version(LocalDate.of(2025, 1, 1), 216, twoThirds),
                version(LocalDate.of(1930, 2, 3), 216, twoThirds),
                version(LocalDate.of(2026, 7, 1), 240, new Fraction(3, 4))));
        assertEquals(LocalDate.of(1930, 2, 3), timeline.inForceOn(LocalDate.of(2024, 12, 31)).effectiveFrom());
        assertEquals(LocalDate.of(2025, 1, 1), timeline.inForceOn(LocalDate.of(2025, 1, 1)).effectiveFrom());
        assertEquals(LocalDate.of(2025, 1, 1), timeline.inForceOn(LocalDate.of(2026, 6, 30)).effectiveFrom());
        assertEquals(240, timeline.inForceOn(LocalDate.of(2026, 7, 1)).minAdmissionAgeMonths());
        ProblemException none = assertThrows(ProblemException.class, () -> timeline.inForceOn(LocalDate.of(1900, 1, 1)));
        assertEquals("policy.in-force", none.errors().get(0).field());
    }

    @Test
    void twoThirdsOfNineEntitledVotersIsSixNotFive() {
        Fraction twoThirds = new Fraction(2, 3);
        assertTrue(twoThirds.reachedBy(6, 9));
        assertFalse(twoThirds.reachedBy(5, 9));
        // exact arithmetic where a rounded 0.6667 would mislead: 2/3 of 10 needs 7
        assertTrue(twoThirds.reachedBy(7, 10));
        assertFalse(twoThirds.reachedBy(6, 10));
        assertTrue(twoThirds.reachedBy(2, 3));
        assertThrows(IllegalArgumentException.class, () -> new Fraction(4, 3));
    }
}
