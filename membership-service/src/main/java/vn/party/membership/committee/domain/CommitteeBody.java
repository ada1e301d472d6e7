package vn.party.membership.committee.domain;

/** The two elected bodies of an organization's term. */
public enum CommitteeBody {
    /** Cấp ủy: the party committee (Ban Chấp hành, or chi ủy of a cell). */
    PARTY_COMMITTEE("Cấp ủy"),
    /** Ủy ban kiểm tra (UBKT): only đảng bộ levels have one. */
    INSPECTION_COMMITTEE("Ủy ban kiểm tra");

    private final String vietnameseName;

    CommitteeBody(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
