package vn.party.membership.calendar;

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

/** The public holidays stored as data, and the working-day arithmetic over them. */
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
        return new WorkingDays(new HashSet<>(all.stream().map(holiday -> holiday.day).toList()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicHoliday> holidays(int year) {
        return PublicHoliday.list("day >= ?1 and day < ?2 order by day", LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1));
    }

    public PublicHoliday add(@NotNull @Valid CalendarRequests.NewHoliday request) {
        if (PublicHoliday.findByIdOptional(request.date()).isPresent()) {
            throw ProblemException.conflict("Ngày " + request.date() + " đã là ngày nghỉ (already a holiday)");
        }
        PublicHoliday holiday = new PublicHoliday();
        holiday.day = request.date();
        holiday.name = request.name().trim();
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
        return state;
    }
}
