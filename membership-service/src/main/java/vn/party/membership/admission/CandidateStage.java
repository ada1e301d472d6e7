package vn.party.membership.admission;

/** Where a candidate (quần chúng ưu tú) stands in the admission pipeline, in order; REJECTED and WITHDRAWN end it. */
public enum CandidateStage {
    CANDIDATE("Quần chúng ưu tú"),
    AWARENESS_CLASS_PASSED("Đã học lớp bồi dưỡng nhận thức về Đảng"),
    INTRODUCERS_ASSIGNED("Đã phân công đảng viên giới thiệu"),
    DOSSIER_COMPLETE("Hồ sơ đầy đủ"),
    CELL_VOTED("Chi bộ đã biểu quyết"),
    COMMITTEE_VOTED("Đảng ủy cơ sở đã biểu quyết"),
    DECIDED("Có quyết định kết nạp"),
    ADMITTED("Đã kết nạp"),
    REJECTED("Không kết nạp"),
    WITHDRAWN("Rút hồ sơ");

    private final String vietnameseName;

    CandidateStage(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isClosed() {
        return this == ADMITTED || this == REJECTED || this == WITHDRAWN;
    }
}
