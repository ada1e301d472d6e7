package vn.party.membership.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CalendarRequests {

    private CalendarRequests() {
    }

    public record NewHoliday(
            @NotNull(message = "bắt buộc (required)") LocalDate date,
            @NotBlank(message = "bắt buộc (required)") @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String name,
            @Schema(description = "DAY_OFF (default): a weekday off; WORKING_DAY: a Saturday or Sunday worked in exchange")
            CalendarDayKind kind) {
    }

    public record Holiday(LocalDate date, String name, CalendarDayKind kind) {
        static Holiday of(PublicHoliday holiday) {
            return new Holiday(holiday.day, holiday.name, holiday.kind);
        }
    }

    /** A year: its weekdays off ({@code holidays}) and its compensatory working days ({@code workingDays}). */
    public record Year(int year, java.util.List<Holiday> holidays, java.util.List<Holiday> workingDays) {
    }
}
