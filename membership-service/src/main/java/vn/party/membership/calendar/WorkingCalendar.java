package vn.party.membership.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;

/** The public holidays and compensatory working days stored as data, and the working-day arithmetic over them. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkingCalendar {

    static final String AUDIT_TYPE = "public-holiday";

    @Inject
    AuditTrail auditTrail;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkingDays workingDays() {
        List<PublicHoliday> all = PublicHoliday.listAll();
        return new WorkingDays(
                new HashSet<>(all.stream().filter(day -> day.kind == CalendarDayKind.DAY_OFF).map(day -> day.day).toList()),
                new HashSet<>(all.stream().filter(day -> day.kind == CalendarDayKind.WORKING_DAY).map(day -> day.day)
                        .toList()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicHoliday> holidays(int year) {
        return PublicHoliday.list("day >= ?1 and day < ?2 order by day", LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    public PublicHoliday add(@NotNull @Valid CalendarRequests.NewHoliday request) {
        CalendarDayKind kind = request.kind() != null ? request.kind() : CalendarDayKind.DAY_OFF;
        boolean weekend = request.date().getDayOfWeek() == DayOfWeek.SATURDAY
                || request.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (kind == CalendarDayKind.WORKING_DAY && !weekend) {
            throw ProblemException.invalidField("date",
                    "ngày làm bù phải là thứ Bảy hoặc Chủ nhật (a compensatory working day is a Saturday or Sunday)");
        }
        if (kind == CalendarDayKind.DAY_OFF && weekend) {
            throw ProblemException.invalidField("date",
                    "ngày nghỉ phải là ngày từ thứ Hai đến thứ Sáu; ngày lễ trùng cuối tuần được nghỉ bù vào ngày làm việc"
                            + " kế tiếp (a day off is a weekday; record the substitute weekday instead)");
        }
        if (PublicHoliday.findByIdOptional(request.date()).isPresent()) {
            throw ProblemException.conflict("Ngày " + request.date() + " đã có trong lịch (already in the calendar)");
        }
        PublicHoliday holiday = new PublicHoliday();
        holiday.day = request.date();
        holiday.name = request.name().trim();
        holiday.kind = kind;
        holiday.createdAt = clock.now();
        holiday.createdBy = callerContext.caller().name();
        holiday.persist();
        auditTrail.created(AUDIT_TYPE, holiday.day, state(holiday));
        return holiday;
    }

    public void remove(@NotNull LocalDate date) {
        PublicHoliday holiday = PublicHoliday.<PublicHoliday>findByIdOptional(date)
                .orElseThrow(() -> ProblemException.notFound("Ngày nghỉ", date));
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        state(holiday).forEach((field, value) -> changes.put(field, new AuditTrail.Change(value, null)));
        holiday.delete();
        auditTrail.recorded("DELETE", AUDIT_TYPE, date, changes);
    }

    private static Map<String, Object> state(PublicHoliday holiday) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("date", holiday.day);
        state.put("name", holiday.name);
        state.put("kind", holiday.kind);
        return state;
    }
}
