package vn.party.inspection.discipline.policy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;

/** One version of the discipline rules, in force from {@code effectiveFrom} (loaded from the policy tables). */
public record DisciplinePolicy(
        UUID id,
        LocalDate effectiveFrom,
        int suspensionMaxInitialDays,
        int suspensionMaxTotalDays,
        int complaintWindowMonths,
        Map<DisciplineForm, FormRule> forms,
        Set<Authority> authorities,
        Set<String> noStatuteCategories,
        Set<BodyLevel> bodyLevels) {

    /** A version without the categories free of statute nor the matrix by level (older callers, unit tests). */
    public DisciplinePolicy(UUID id, LocalDate effectiveFrom, int suspensionMaxInitialDays, int suspensionMaxTotalDays,
            int complaintWindowMonths, Map<DisciplineForm, FormRule> forms, Set<Authority> authorities) {
        this(id, effectiveFrom, suspensionMaxInitialDays, suspensionMaxTotalDays, complaintWindowMonths, forms, authorities,
                Set.of(), Set.of());
    }

    /** One cell of the matrix by level: a body kind sitting at an organization of a type (membership's) may impose a form. */
    public record BodyLevel(DecidingBodyKind body, String organizationType, TargetKind target, DisciplineForm form) {
    }

    /** Statute of limitations in years (empty: none) and the vote needed, per form. */
    public record FormRule(Optional<Integer> statuteYears, VoteThreshold threshold) {
    }

    /** {@code numerator/denominator} of ALL entitled voters; strict means "more than", else "at least". */
    public record VoteThreshold(int numerator, int denominator, boolean strict) {

        /** Exact integer arithmetic: for/entitled > n/d ⇔ for·d > n·entitled. */
        public boolean passes(int votesFor, int entitledVoters) {
            long lhs = (long) votesFor * denominator;
            long rhs = (long) numerator * entitledVoters;
            return strict ? lhs > rhs : lhs >= rhs;
        }

        public String describe() {
            return (strict ? "> " : "≥ ") + numerator + "/" + denominator;
        }
    }

    /** One cell of the authority matrix. */
    public record Authority(DecidingBodyKind body, TargetKind target, DisciplineForm form) {
    }

    public boolean authorizes(DecidingBodyKind body, TargetKind target, DisciplineForm form) {
        return authorities.contains(new Authority(body, target, form));
    }
}
