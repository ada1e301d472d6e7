package vn.party.membership.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    /** Tết Bính Ngọ 2026: Saturday 14/2 to Sunday 22/2, i.e. the weekdays 16–20/2. */
    private static final WorkingDays TET_2026 = new WorkingDays(Set.of(LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20)));

    @Test
    void weekendsAreNotWorkingDays() {
        WorkingDays plain = new WorkingDays(Set.of());
        // Friday 2026-01-09 + 1 working day = Monday 2026-01-12
        assertEquals(LocalDate.of(2026, 1, 12), plain.add(LocalDate.of(2026, 1, 9), 1));
        // a start on Saturday: the first working day is Monday
        assertEquals(LocalDate.of(2026, 1, 12), plain.add(LocalDate.of(2026, 1, 10), 1));
        assertEquals(LocalDate.of(2026, 1, 10), plain.add(LocalDate.of(2026, 1, 10), 0));
        assertFalse(plain.isWorkingDay(LocalDate.of(2026, 1, 11)));
    }

    @Test
    void thirtyWorkingDaysFromBeforeTetLandAfterTheBreak() {
        LocalDate start = LocalDate.of(2026, 2, 2); // Monday, two weeks before Tết
        // without holidays, 30 working days are exactly six weeks
        assertEquals(LocalDate.of(2026, 3, 16), new WorkingDays(Set.of()).add(start, 30));
        // the five weekdays of Tết push the deadline one week later
        assertEquals(LocalDate.of(2026, 3, 23), TET_2026.add(start, 30));
        assertTrue(TET_2026.within(start, 30, LocalDate.of(2026, 3, 23)));
        assertFalse(TET_2026.within(start, 30, LocalDate.of(2026, 3, 24)));
    }

    @Test
    void aDeadlineFallingInsideTetMovesToTheFirstWorkingDayAfter() {
        // Friday 13/2 + 1 working day: the whole Tết week is off, so Monday 23/2
        assertEquals(LocalDate.of(2026, 2, 23), TET_2026.add(LocalDate.of(2026, 2, 13), 1));
        assertFalse(TET_2026.isWorkingDay(LocalDate.of(2026, 2, 17)));
    }

    @Test
    void aCompensatoryWorkingSaturdayCountsAndItsExchangedWeekdayDoesNot() {
        // 2025: Saturday 26/4 worked in exchange for Friday 2/5; 30/4 and 1/5 are public holidays
        Set<LocalDate> off = Set.of(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 2));
        WorkingDays exchanged = new WorkingDays(off, Set.of(LocalDate.of(2025, 4, 26)));
        assertTrue(exchanged.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse(exchanged.isWorkingDay(LocalDate.of(2025, 5, 2)));
        assertFalse(exchanged.isWorkingDay(LocalDate.of(2025, 4, 27)));
        // Friday 25/4 + 1 working day is the working Saturday
        assertEquals(LocalDate.of(2025, 4, 26), exchanged.add(LocalDate.of(2025, 4, 25), 1));
        // 60 working days from Thursday 10/4/2025: 7/7, one day earlier than without the working Saturday
        assertEquals(LocalDate.of(2025, 7, 7), exchanged.add(LocalDate.of(2025, 4, 10), 60));
        assertEquals(LocalDate.of(2025, 7, 8), new WorkingDays(off).add(LocalDate.of(2025, 4, 10), 60));
    }
}
