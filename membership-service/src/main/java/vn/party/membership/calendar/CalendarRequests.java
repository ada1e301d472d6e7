package vn.party.membership.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public final class CalendarRequests {

    private CalendarRequests() {
    }

    public record NewHoliday(
            @NotNull(message = "bắt buộc (required)") LocalDate date,
            @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String name) {
    }

    public record Holiday(LocalDate date, String name) {
        static Holiday of(PublicHoliday holiday) {
            return new Holiday(holiday.day, holiday.name);
        }
    }

    public record Year(int year, java.util.List<Holiday> holidays) {
    }
}
