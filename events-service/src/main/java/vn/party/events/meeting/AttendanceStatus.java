package vn.party.events.meeting;

public enum AttendanceStatus {
    /** Có mặt. */
    PRESENT,
    /** Vắng có lý do: a reason is required. */
    EXCUSED,
    /** Vắng không lý do. */
    ABSENT
}
