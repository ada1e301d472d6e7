package vn.party.events.commendation.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Party badge (Huy hiệu Đảng) rules, plain logic over policy data. Party seniority counts from the admission
 * decision date (DOMAIN.md); a milestone of N years is reached on that date plus N calendar years (29 February
 * → 28 February). A member is eligible on a presentation date for the highest milestone reached by then; a member
 * certified seriously ill also for a milestone reached within the policy's early window after it (12 months at
 * 30–65 years, 24 months at 70–90 in the seeded policy).
 */
public final class BadgeRules {

    /** A milestone of the policy: years of seniority and the early window (months) for the seriously ill. */
    public record Milestone(int years, int earlyMonths) {
    }

    /** The milestone a member is eligible for, the day it is (or will be) reached, and whether that is early. */
    public record Eligibility(int milestone, LocalDate reachedOn, boolean early) {
    }

    private BadgeRules() {
    }

    public static LocalDate reachedOn(LocalDate seniorityStart, int years) {
        return seniorityStart.plusYears(years);
    }

    /** Full years of seniority on {@code day}. */
    public static int seniorityYears(LocalDate seniorityStart, LocalDate day) {
        return day.isBefore(seniorityStart) ? 0 : Period.between(seniorityStart, day).getYears();
    }

    /** The highest milestone the member may receive on {@code presentationDate}, if any. */
    public static Optional<Eligibility> evaluate(LocalDate seniorityStart, LocalDate presentationDate,
            Collection<Milestone> milestones, boolean seriouslyIll) {
        List<Milestone> highestFirst = milestones.stream()
                .sorted(Comparator.comparingInt(Milestone::years).reversed()).toList();
        for (Milestone milestone : highestFirst) {
            LocalDate reached = reachedOn(seniorityStart, milestone.years());
            if (!reached.isAfter(presentationDate)) {
                return Optional.of(new Eligibility(milestone.years(), reached, false));
            }
            if (seriouslyIll && !reached.minusMonths(milestone.earlyMonths()).isAfter(presentationDate)) {
                return Optional.of(new Eligibility(milestone.years(), reached, true));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code milestone} may be awarded on {@code decisionDate}: reached by then, or (seriously ill) within
     * its early window. Empty when not; otherwise whether the award is early.
     */
    public static Optional<Boolean> awardable(LocalDate seniorityStart, LocalDate decisionDate, Milestone milestone,
            boolean seriouslyIll) {
        LocalDate reached = reachedOn(seniorityStart, milestone.years());
        if (!reached.isAfter(decisionDate)) {
            return Optional.of(false);
        }
        if (seriouslyIll && !reached.minusMonths(milestone.earlyMonths()).isAfter(decisionDate)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    public static boolean isPresentationDay(LocalDate day, Collection<MonthDay> presentationDays) {
        return presentationDays.contains(MonthDay.from(day));
    }

    /** The first presentation day on or after {@code from}. */
    public static LocalDate nextPresentationDay(LocalDate from, Collection<MonthDay> presentationDays) {
        if (presentationDays.isEmpty()) {
            throw new IllegalArgumentException("no presentation days");
        }
        LocalDate best = null;
        for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
            for (MonthDay day : presentationDays) {
                if (!day.isValidYear(year)) {
                    continue;
                }
                LocalDate candidate = day.atYear(year);
                if (!candidate.isBefore(from) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
        }
        return best;
    }
}
