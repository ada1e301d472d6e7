package vn.party.inspection.discipline.policy;

/** A policy version as stored: the rules and the text they come from (e.g. "QĐ 296-QĐ/TW (2025)"). */
public record PolicyVersion(DisciplinePolicy policy, String source) {
}
