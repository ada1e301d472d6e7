package vn.party.events.meeting;

public enum MeetingKind {
    /** Sinh hoạt chi bộ thường kỳ: every cell, monthly. */
    MONTHLY_CELL_MEETING,
    /** Sinh hoạt chuyên đề: at least quarterly. */
    THEMATIC_MEETING,
    /** Hội nghị Ban Chấp hành (plenum). */
    COMMITTEE_PLENUM,
    /** Hội nghị tổng kết năm. */
    YEAR_END_SUMMARY,
    /** Đối thoại. */
    DIALOGUE,
    /** Học tập, quán triệt nghị quyết. */
    RESOLUTION_STUDY
}
