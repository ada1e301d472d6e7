package vn.party.contracts.effects;

/**
 * The kind of body that decides: a cell (chi bộ), a grassroots committee (đảng ủy cơ sở), a standing committee
 * (ban thường vụ) or an inspection committee (ủy ban kiểm tra). What each may impose is policy data.
 */
public enum DecidingBodyKind {
    CELL,
    GRASSROOTS_COMMITTEE,
    STANDING_COMMITTEE,
    INSPECTION_COMMITTEE
}
