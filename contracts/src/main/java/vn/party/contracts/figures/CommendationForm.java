package vn.party.contracts.figures;

/**
 * Commendation forms, the keys of {@link CommendationFigures#byForm()}; events-service's own
 * {@code CommendationForm} is the source (its test checks the two have the same constants in the same order).
 */
public enum CommendationForm {
    BIEU_DUONG,
    GIAY_KHEN,
    BANG_KHEN,
    HUY_HIEU_DANG,
    HUAN_CHUONG,
    HUY_CHUONG
}
