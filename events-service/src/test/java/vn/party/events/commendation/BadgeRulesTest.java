package vn.party.events.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.party.events.commendation.domain.BadgeRules;
import vn.party.events.commendation.domain.BadgeRules.Eligibility;
import vn.party.events.commendation.domain.BadgeRules.Milestone;

class BadgeRulesTest {

    private static final List<Milestone> MILESTONES = List.of(new Milestone(30, 12), new Milestone(40, 12),
            new Milestone(45, 12), new Milestone(65, 12), new Milestone(70, 24), new Milestone(90, 24));
    private static final List<MonthDay> DAYS = List.of(MonthDay.of(2, 3), MonthDay.of(5, 19), MonthDay.of(9, 2),
            MonthDay.of(11, 7));
    private static final LocalDate P = LocalDate.of(2026, 9, 2);

    @Test
    void aMilestoneIsReachedOnItsDayNotTheDayBefore() {
        assertEquals(Optional.of(new Eligibility(30, P, false)), BadgeRules.evaluate(LocalDate.of(1996, 9, 2), P, MILESTONES, false));
        assertEquals(Optional.empty(), BadgeRules.evaluate(LocalDate.of(1996, 9, 3), P, MILESTONES, false));
        assertEquals(29, BadgeRules.seniorityYears(LocalDate.of(1996, 9, 3), P));
        assertEquals(30, BadgeRules.seniorityYears(LocalDate.of(1996, 9, 2), P));
    }

    @Test
    void theHighestMilestoneReachedCounts() {
        assertEquals(40, BadgeRules.evaluate(LocalDate.of(1982, 1, 1), P, MILESTONES, false).orElseThrow().milestone());
        assertEquals(45, BadgeRules.evaluate(LocalDate.of(1981, 9, 2), P, MILESTONES, false).orElseThrow().milestone());
    }

    @Test
    void theSeriouslyIllMayReceiveItTwelveOrTwentyFourMonthsEarly() {
        // 30 years in exactly 12 months: early; 12 months and a day: no
        assertEquals(Optional.of(new Eligibility(30, LocalDate.of(2027, 9, 2), true)),
                BadgeRules.evaluate(LocalDate.of(1997, 9, 2), P, MILESTONES, true));
        assertEquals(Optional.empty(), BadgeRules.evaluate(LocalDate.of(1997, 9, 3), P, MILESTONES, true));
        assertEquals(Optional.empty(), BadgeRules.evaluate(LocalDate.of(1997, 9, 2), P, MILESTONES, false));
        // 65 years: 12 months; 70 years: 24 months
        assertEquals(Optional.empty(), BadgeRules.evaluate(LocalDate.of(1962, 10, 1), P, List.of(new Milestone(65, 12)), true));
        assertEquals(70, BadgeRules.evaluate(LocalDate.of(1958, 9, 2), P, MILESTONES, true).orElseThrow().milestone());
        assertEquals(65, BadgeRules.evaluate(LocalDate.of(1958, 9, 3), P, MILESTONES, true).orElseThrow().milestone());
        assertTrue(BadgeRules.awardable(LocalDate.of(1997, 9, 2), P, new Milestone(30, 12), true).orElseThrow());
        assertTrue(BadgeRules.awardable(LocalDate.of(1997, 9, 2), P, new Milestone(30, 12), false).isEmpty());
    }

    @Test
    void leapDaySeniorityIsReachedOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2026, 2, 28), BadgeRules.reachedOn(LocalDate.of(1996, 2, 29), 30));
    }

    @Test
    void nextPresentationDay() {
        assertEquals(P, BadgeRules.nextPresentationDay(LocalDate.of(2026, 5, 20), DAYS));
        assertEquals(P, BadgeRules.nextPresentationDay(P, DAYS));
        assertEquals(LocalDate.of(2027, 2, 3), BadgeRules.nextPresentationDay(LocalDate.of(2026, 11, 8), DAYS));
        assertTrue(BadgeRules.isPresentationDay(LocalDate.of(2026, 11, 7), DAYS));
        assertTrue(!BadgeRules.isPresentationDay(LocalDate.of(2026, 11, 8), DAYS));
    }
}
