package vn.party.events.task;

/** Progress of a follow-up task as its lead organization reports it. */
public enum TaskStatus {
    /** Chưa thực hiện: always 0%. */
    NOT_STARTED,
    /** Đang thực hiện: 0–99%. */
    IN_PROGRESS,
    /** Hoàn thành: always 100%. */
    DONE
}
