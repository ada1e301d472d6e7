package vn.party.contracts.figures;

/**
 * Inspection kinds, as {@link InspectionFigures.KindVisits#kind()} names them; inspection-service's own
 * {@code InspectionKind} is the source (its test checks the two have the same constants in the same order).
 */
public enum InspectionKind {
    COMPLIANCE,
    SIGNS_OF_VIOLATION,
    LOWER_LEVEL_INSPECTION_WORK,
    FINANCIAL
}
