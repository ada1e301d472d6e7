package vn.party.events.rating;

/** Rating periods: year end (the main one), quarterly, per term (nhiệm kỳ). */
public enum PeriodKind {
    YEAR,
    QUARTER,
    TERM
}
