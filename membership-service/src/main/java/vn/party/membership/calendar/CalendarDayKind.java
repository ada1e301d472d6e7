package vn.party.membership.calendar;

/** What a calendar entry changes: a weekday off, or a weekend day worked in exchange for one. */
public enum CalendarDayKind {
    /** Ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi: a weekday (Monday–Friday) that is not worked. */
    DAY_OFF,
    /** Ngày làm bù: a Saturday or Sunday worked in exchange for a weekday off. */
    WORKING_DAY
}
