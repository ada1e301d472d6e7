package vn.party.membership.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday except the days off, plus the compensatory working days (a Saturday worked in exchange
 * for a weekday off). A plain value given both sets, so deadline rules are testable without a database.
 */
public final class WorkingDays {

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> compensatoryWorkingDays;

    public WorkingDays(Set<LocalDate> holidays) {
        this(holidays, Set.of());
    }

    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> compensatoryWorkingDays) {
        this.holidays = Set.copyOf(holidays);
        this.compensatoryWorkingDays = Set.copyOf(compensatoryWorkingDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (compensatoryWorkingDays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date {@code n} working days after {@code start} (the start itself is not counted): the last day of a
     * deadline "within n working days of start". {@code n = 0} gives {@code start}.
     */
    public LocalDate add(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0: " + n);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** Whether {@code date} is no later than {@code n} working days after {@code start}. */
    public boolean within(LocalDate start, int n, LocalDate date) {
        return !date.isAfter(add(start, n));
    }
}
