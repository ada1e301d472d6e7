package vn.party.membership.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import vn.party.testsupport.PostgresTestResource;

/** The seeded calendar (V5, V19_1) through the real working-day arithmetic, one era at a time. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class WorkingCalendarSeedTest {

    @Inject
    WorkingCalendar calendar;

    @Test
    void sixtyWorkingDaysFromTenthApril2025EndOnSeventhJuly() {
        WorkingDays days = calendar.workingDays();
        // Hùng Kings 7/4 before the start; 30/4, 1/5 and 2/5 off; Saturday 26/4 worked in exchange for 2/5
        assertTrue(days.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse(days.isWorkingDay(LocalDate.of(2025, 5, 2)));
        assertEquals(LocalDate.of(2025, 7, 7), days.add(LocalDate.of(2025, 4, 10), 60));
    }

    @Test
    void the2016CalendarHasItsTetAndSubstituteDays() {
        WorkingDays days = calendar.workingDays();
        // Tết Bính Thân: the weekdays 8–12/2/2016 off, so 30 working days from Monday 1/2 end a week late, on 21/3
        assertEquals(LocalDate.of(2016, 3, 21), days.add(LocalDate.of(2016, 2, 1), 30));
        // Hùng Kings on Saturday 16/4 (substitute Monday 18/4), 30/4 and 1/5 on a weekend (substitutes 2/5, 3/5):
        // 30 working days from Friday 1/4/2016 end on 18/5 instead of 13/5
        assertEquals(LocalDate.of(2016, 5, 18), days.add(LocalDate.of(2016, 4, 1), 30));
    }

    @Test
    void the2020CalendarHasOneDayFor2September() {
        WorkingDays days = calendar.workingDays();
        // Hùng Kings 2/4, 30/4 and 1/5/2020 off: 60 working days from Wednesday 1/4/2020 end on 29/6 instead of 24/6
        assertEquals(LocalDate.of(2020, 6, 29), days.add(LocalDate.of(2020, 4, 1), 60));
        // before the Labour Code 2019, 2/9 was a single day: Thursday 3/9/2020 was worked
        assertFalse(days.isWorkingDay(LocalDate.of(2020, 9, 2)));
        assertTrue(days.isWorkingDay(LocalDate.of(2020, 9, 3)));
    }

    @Test
    void exchangedDaysOf2019AndNewYear2019AreSeeded() {
        WorkingDays days = calendar.workingDays();
        // Monday 31/12/2018 off, Saturday 5/1/2019 worked: Thursday 27/12/2018 + 5 working days is that Saturday
        assertEquals(LocalDate.of(2019, 1, 5), days.add(LocalDate.of(2018, 12, 27), 5));
        // Monday 29/4/2019 off, Saturday 4/5/2019 worked
        assertEquals(LocalDate.of(2019, 5, 13), days.add(LocalDate.of(2019, 4, 25), 10));
    }
}
