package vn.party.membership.committee.domain;

/** Posts in a committee, in order of precedence within their body. */
public enum CommitteePosition {
    SECRETARY(CommitteeBody.PARTY_COMMITTEE, "Bí thư"),
    DEPUTY_SECRETARY(CommitteeBody.PARTY_COMMITTEE, "Phó Bí thư"),
    STANDING_MEMBER(CommitteeBody.PARTY_COMMITTEE, "Ủy viên Ban Thường vụ"),
    COMMITTEE_MEMBER(CommitteeBody.PARTY_COMMITTEE, "Ủy viên Ban Chấp hành"),
    CHAIR(CommitteeBody.INSPECTION_COMMITTEE, "Chủ nhiệm Ủy ban kiểm tra"),
    DEPUTY_CHAIR(CommitteeBody.INSPECTION_COMMITTEE, "Phó Chủ nhiệm Ủy ban kiểm tra"),
    MEMBER(CommitteeBody.INSPECTION_COMMITTEE, "Ủy viên Ủy ban kiểm tra");

    private final CommitteeBody body;
    private final String vietnameseName;

    CommitteePosition(CommitteeBody body, String vietnameseName) {
        this.body = body;
        this.vietnameseName = vietnameseName;
    }

    public CommitteeBody body() {
        return body;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The head of its body (Bí thư, Chủ nhiệm UBKT): one at a time in a term. */
    public boolean isHead() {
        return this == SECRETARY || this == CHAIR;
    }
}
