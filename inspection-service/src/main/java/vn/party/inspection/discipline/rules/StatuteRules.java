package vn.party.inspection.discipline.rules;

import java.time.LocalDate;
import java.util.Optional;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.ViolationCategory;
import vn.party.inspection.discipline.policy.DisciplinePolicy;

/**
 * The statute of limitations (thời hiệu kỷ luật), keyed on the LEVEL the violation warrants — not on the form finally
 * decided — with the years of the policy version in force ({@code discipline_policy_form.statute_years}, NULL: none, as
 * for khai trừ-level violations) and the categories it exempts ({@code discipline_policy_no_statute_category}). The
 * clock runs from the violation (the end of a continuing one; a newer violation restarts it) until the competent body
 * concludes that discipline is due or decides to inspect; without that date, until the decision.
 */
public final class StatuteRules {

    private StatuteRules() {
    }

    /** The facts of a case the statute depends on. */
    public record Violation(DisciplineForm level, ViolationCategory category, LocalDate violationDate,
            LocalDate violationEndedOn, LocalDate newerViolationDate, LocalDate statuteStoppedOn) {

        /** The day the clock starts: the latest of the violation, the end of a continuing one, a newer violation. */
        public LocalDate clockStarts() {
            LocalDate from = violationEndedOn != null && violationEndedOn.isAfter(violationDate) ? violationEndedOn : violationDate;
            return newerViolationDate != null && newerViolationDate.isAfter(from) ? newerViolationDate : from;
        }
    }

    /**
     * Refuses (422 {@code discipline.statute}) a decision on a violation whose statute ran out before the clock
     * stopped: the last day of the period is in time, the day after is not.
     */
    public static void requireWithinStatute(DisciplinePolicy policy, Violation violation, LocalDate decisionDate) {
        if (violation.category() != null && policy.noStatuteCategories().contains(violation.category().name())) {
            return;
        }
        DisciplinePolicy.FormRule rule = policy.forms().get(violation.level());
        if (rule == null) {
            throw ProblemException.ruleViolated("discipline.policy", "Quy định từ " + policy.effectiveFrom()
                    + " không có thời hiệu cho mức " + violation.level() + " (the policy has no parameters for this level)");
        }
        Optional<Integer> years = rule.statuteYears();
        if (years.isEmpty()) {
            return;
        }
        LocalDate from = violation.clockStarts();
        LocalDate lastDay = from.plusYears(years.get());
        LocalDate stopped = violation.statuteStoppedOn() != null ? violation.statuteStoppedOn() : decisionDate;
        if (stopped.isAfter(lastDay)) {
            throw ProblemException.ruleViolated(DisciplineRules.STATUTE, "Đã hết thời hiệu kỷ luật " + years.get()
                    + " năm (mức vi phạm " + violation.level() + ") kể từ ngày " + from + ": hết hạn " + lastDay
                    + ", thời hiệu dừng ngày " + stopped + " (statute of limitations expired)");
        }
    }
}
