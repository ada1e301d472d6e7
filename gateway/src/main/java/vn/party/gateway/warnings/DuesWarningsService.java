package vn.party.gateway.warnings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.compose.UpstreamCalls;

/**
 * Composes the removal-warning list: membership's dues half and events' absences, asked at once with the caller's
 * token, each within its own timeout. Scope is the services': membership's 401/403/404 for the organization is the
 * answer (it owns the register); events' refusal or either service being unavailable leaves the other half, marked
 * partial. Events is asked for the statute's 3 months; should membership's policy say fewer, events is asked again.
 */
@Singleton
public class DuesWarningsService {

    static final String MEMBERSHIP = "membership";
    static final String EVENTS = "events";
    /** 200 × 50 = 10,000 members: far beyond the bloc (~5,000 members); more is an invalid response. */
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 50;

    private final UpstreamCalls calls;
    private final Duration membershipTimeout;
    private final Duration eventsTimeout;

    DuesWarningsService(UpstreamCalls calls,
            @ConfigProperty(name = "gateway.dues-warnings.timeout.membership", defaultValue = "5s") Duration membership,
            @ConfigProperty(name = "gateway.dues-warnings.timeout.events", defaultValue = "5s") Duration events) {
        this.calls = calls;
        this.membershipTimeout = membership;
        this.eventsTimeout = events;
    }

    /** All pages of a list, or the first outcome that was not OK. */
    record Listed(Outcome outcome, JsonNode first, List<JsonNode> items) {
    }

    public Uni<DuesWarningList> compose(UUID organizationId, int year, LocalDate asOf, PageRequest page,
            UpstreamCalls.Caller caller) {
        String dues = "/api/membership/organizations/" + organizationId + "/dues/warnings?year=" + year + "&asOf=" + asOf;
        return Uni.combine().all().unis(
                        all(MEMBERSHIP, dues, caller, membershipTimeout),
                        absences(organizationId, year, RemovalWarnings.DEFAULT_THRESHOLD, caller))
                .asTuple()
                .chain(both -> {
                    Listed membership = both.getItem1();
                    authorize(organizationId, membership.outcome());
                    int threshold = membership.outcome().ok()
                            ? membership.first().path("threshold").asInt(RemovalWarnings.DEFAULT_THRESHOLD)
                            : RemovalWarnings.DEFAULT_THRESHOLD;
                    Uni<Listed> events = threshold < RemovalWarnings.DEFAULT_THRESHOLD
                            ? absences(organizationId, year, Math.max(1, threshold), caller)
                            : Uni.createFrom().item(both.getItem2());
                    return events.map(attendance -> answer(organizationId, year, asOf, threshold, membership,
                            attendance, page));
                });
    }

    private Uni<Listed> absences(UUID organizationId, int year, int minMonths, UpstreamCalls.Caller caller) {
        return all(EVENTS, "/api/events/attendance/absences?organizationId=" + organizationId + "&year=" + year
                + "&minMonths=" + minMonths, caller, eventsTimeout);
    }

    private static DuesWarningList answer(UUID organizationId, int year, LocalDate asOf, int threshold, Listed membership,
            Listed events, PageRequest page) {
        YearMonth last = RemovalWarnings.lastMonthConsidered(year, asOf);
        List<RemovalWarnings.DuesEntry> dues = membership.outcome().ok() ? duesEntries(membership.items()) : null;
        List<RemovalWarnings.AbsenceEntry> absences = null;
        DuesWarningList.Half attendance = DuesWarningList.Half.of(events.outcome());
        if (events.outcome().ok()) {
            absences = absenceEntries(events.items());
            if (absences == null) {
                attendance = new DuesWarningList.Half("UNAVAILABLE", Outcome.INVALID_RESPONSE, null);
            }
        }
        DuesWarningList.Half duesHalf = DuesWarningList.Half.of(membership.outcome());
        if (membership.outcome().ok() && dues == null) {
            duesHalf = new DuesWarningList.Half("UNAVAILABLE", Outcome.INVALID_RESPONSE, null);
        }
        List<RemovalWarnings.Item> found = last.getYear() < year ? List.of()
                : RemovalWarnings.compose(dues, absences, threshold, last);
        int start = Math.min(found.size(), page.offset());
        int end = Math.min(found.size(), start + page.size);
        return new DuesWarningList(organizationId, year, asOf, last.getYear() < year ? null : last, threshold,
                !duesHalf.ok() || !attendance.ok(), duesHalf, attendance, DuesWarningList.NOTE,
                Page.of(found.subList(start, end), page, found.size()));
    }

    /** Membership's answer about the organization decides whether there is a list: 401, 403, 404 are passed on. */
    private static void authorize(UUID organizationId, Outcome membership) {
        if (membership.kind() != Outcome.Kind.REFUSED) {
            return;
        }
        switch (membership.httpStatus()) {
            case 401 -> throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)");
            case 403 -> throw ProblemException.forbidden(
                    "Bạn không có quyền xem danh sách của tổ chức này (membership refused this organization)");
            case 404 -> throw ProblemException.notFound("Tổ chức", organizationId);
            default -> {
                // another refusal is no decision: the dues half is marked unavailable
            }
        }
    }

    private Uni<Listed> all(String service, String uri, UpstreamCalls.Caller caller, Duration timeout) {
        return next(service, uri, caller, timeout, 0, null, new ArrayList<>());
    }

    private Uni<Listed> next(String service, String uri, UpstreamCalls.Caller caller, Duration timeout, int page,
            JsonNode first, List<JsonNode> items) {
        return calls.get(service, uri + "&page=" + page + "&size=" + PAGE_SIZE, caller, timeout).chain(outcome -> {
            if (!outcome.ok()) {
                return Uni.createFrom().item(new Listed(outcome, first, items));
            }
            JsonNode members = outcome.body() == null ? null : outcome.body().path("members");
            if (members == null || !members.path("items").isArray()) {
                return Uni.createFrom().item(new Listed(Outcome.unavailable(Outcome.INVALID_RESPONSE,
                        outcome.httpStatus()), first, items));
            }
            members.path("items").forEach(items::add);
            JsonNode head = first == null ? outcome.body() : first;
            int totalPages = members.path("totalPages").asInt(1);
            if (page + 1 >= totalPages) {
                return Uni.createFrom().item(new Listed(outcome, head, items));
            }
            if (page + 1 >= MAX_PAGES) {
                return Uni.createFrom().item(new Listed(Outcome.unavailable(Outcome.INVALID_RESPONSE,
                        outcome.httpStatus()), head, items));
            }
            return next(service, uri, caller, timeout, page + 1, head, items);
        });
    }

    /** Null when an item is unreadable. */
    private static List<RemovalWarnings.DuesEntry> duesEntries(List<JsonNode> items) {
        List<RemovalWarnings.DuesEntry> found = new ArrayList<>();
        for (JsonNode item : items) {
            UUID id = uuid(item.path("memberId"));
            if (id == null || !item.path("unpaidMonths").isArray()) {
                return null;
            }
            found.add(new RemovalWarnings.DuesEntry(id, item.path("fullName").asText(null),
                    uuid(item.path("organizationId")), texts(item.path("unpaidMonths")),
                    texts(item.path("monthsWithoutBasis")),
                    item.path("outstanding").isNumber() ? item.path("outstanding").asLong() : null));
        }
        return found;
    }

    /** Null when an item is unreadable. */
    private static List<RemovalWarnings.AbsenceEntry> absenceEntries(List<JsonNode> items) {
        List<RemovalWarnings.AbsenceEntry> found = new ArrayList<>();
        for (JsonNode item : items) {
            UUID id = uuid(item.path("memberId"));
            if (id == null || !item.path("months").isArray()) {
                return null;
            }
            List<YearMonth> months = new ArrayList<>();
            for (JsonNode month : item.path("months")) {
                try {
                    months.add(YearMonth.parse(month.asText()));
                } catch (RuntimeException e) {
                    return null;
                }
            }
            found.add(new RemovalWarnings.AbsenceEntry(id, uuid(item.path("organizationId")), months));
        }
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> found = new ArrayList<>();
        array.forEach(node -> found.add(node.asText()));
        return found;
    }

    private static UUID uuid(JsonNode node) {
        try {
            return node.isTextual() ? UUID.fromString(node.asText()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
