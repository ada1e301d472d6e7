package vn.party.membership.dues;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks events-service which members of a subtree missed the monthly cell meeting without reason in at least N months
 * of a year. Never throws: when events-service is unreachable, answers an error or something unreadable, the answer
 * says so ({@link Answer#unavailable()}) and the warning list goes on with the dues half only.
 */
@ApplicationScoped
public class AttendanceAbsences {

    private static final Logger LOG = Logger.getLogger(AttendanceAbsences.class);
    static final int PAGE_SIZE = 200;
    /** 200 × 50 = 10,000 members listed: far beyond the bloc (~5,000 members); more is treated as unreadable. */
    static final int MAX_PAGES = 50;

    @Inject
    @RestClient
    EventsAbsenceClient events;

    /** Absent months per member, or {@code unavailable} saying why there are none. */
    public record Answer(Map<UUID, List<YearMonth>> absentMonths, String unavailable) {

        static Answer unavailable(String reason) {
            return new Answer(Map.of(), reason);
        }

        public boolean answered() {
            return unavailable == null;
        }
    }

    public Answer absences(UUID organizationId, int year, int minMonths) {
        try {
            Map<UUID, List<YearMonth>> found = new HashMap<>();
            int page = 0;
            int totalPages;
            do {
                EventsAbsenceClient.Absences answer = events.absences(organizationId, year, minMonths, page, PAGE_SIZE);
                if (answer == null || answer.members() == null || answer.members().items() == null) {
                    return malformed("no members page");
                }
                for (EventsAbsenceClient.MemberAbsences item : answer.members().items()) {
                    if (item.memberId() == null || item.months() == null) {
                        return malformed("an item without memberId or months");
                    }
                    List<YearMonth> months = new ArrayList<>();
                    for (String month : item.months()) {
                        months.add(YearMonth.parse(month));
                    }
                    found.put(item.memberId(), months);
                }
                totalPages = answer.members().totalPages() == null ? 1 : answer.members().totalPages();
                page++;
            } while (page < totalPages && page < MAX_PAGES);
            if (page < totalPages) {
                return malformed("more than " + MAX_PAGES + " pages");
            }
            return new Answer(found, null);
        } catch (DateTimeParseException e) {
            return malformed("a month that is not YYYY-MM");
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            LOG.warnf("events-service answered HTTP %d to the absences of %s in %d", status, organizationId, year);
            return Answer.unavailable("events-service trả lời lỗi HTTP " + status + " (events-service answered HTTP "
                    + status + ")");
        } catch (RuntimeException e) {
            LOG.warnf("events-service unreachable for the absences of %s in %d: %s", organizationId, year,
                    e.getMessage());
            return Answer.unavailable("không kết nối được events-service (events-service unreachable)");
        }
    }

    private static Answer malformed(String what) {
        LOG.warnf("events-service's absences answer is unreadable: %s", what);
        return Answer.unavailable("events-service trả lời không đọc được (events-service's answer is unreadable)");
    }
}
