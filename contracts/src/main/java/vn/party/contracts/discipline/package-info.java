/**
 * Discipline decisions, inspection-service → events-service (ratings: "disciplined in that year"), version
 * {@value vn.party.contracts.discipline.DisciplineDecisionPage#VERSION}:
 * {@link vn.party.contracts.discipline.DisciplineDecisionPage} of {@link vn.party.contracts.discipline.DisciplineDecision},
 * with the labels both sides share ({@link vn.party.contracts.discipline.TargetKind},
 * {@link vn.party.contracts.discipline.DecisionStatus}, and {@link vn.party.contracts.effects.DisciplineForm}).
 * Example: {@code contracts/discipline/decisions.json}.
 */
package vn.party.contracts.discipline;
