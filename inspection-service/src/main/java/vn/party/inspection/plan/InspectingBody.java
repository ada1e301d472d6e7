package vn.party.inspection.plan;

/** Who runs a programme: the party committee (cấp ủy) or its inspection committee (Ủy ban kiểm tra). */
public enum InspectingBody {
    COMMITTEE,
    INSPECTION_COMMITTEE
}
