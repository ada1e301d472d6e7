package vn.party.contracts.figures;

/**
 * Meeting kinds, the keys of {@link EventsFigures.Meetings#byKind()}; events-service's own {@code MeetingKind} is
 * the source (its test checks the two have the same constants in the same order).
 */
public enum MeetingKind {
    MONTHLY_CELL_MEETING,
    THEMATIC_MEETING,
    COMMITTEE_PLENUM,
    YEAR_END_SUMMARY,
    DIALOGUE,
    RESOLUTION_STUDY
}
