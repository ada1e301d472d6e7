package vn.party.gateway.warnings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.contracts.ContractExamples;
import vn.party.contracts.warnings.Absences;
import vn.party.contracts.warnings.DuesWarning;
import vn.party.contracts.warnings.DuesWarnings;
import vn.party.contracts.warnings.MemberAbsences;
import vn.party.contracts.warnings.MemberPage;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.compose.UpstreamCalls;

/**
 * Composes the removal-warning list: membership's dues half and events' absences, asked at once with the caller's
 * token, each within its own timeout. Scope is the services': membership's 401/403/404 for the organization is the
 * answer (it owns the register); events' refusal or either service being unavailable leaves the other half, marked
 * partial. Events is asked for the statute's 3 months; should membership's policy say fewer, events is asked again.
 * Each half is read into its contract record ({@code vn.party.contracts.warnings}); a half whose answer does not parse
 * (a renamed or unknown field, a missing count) is UNAVAILABLE with reason {@value Outcome#CONTRACT}.
 */
@Singleton
public class DuesWarningsService {

    static final String MEMBERSHIP = "membership";
    static final String EVENTS = "events";
    /** 200 × 50 = 10,000 members: far beyond the bloc (~5,000 members); more is an invalid response. */
    static final int PAGE_SIZE = 200;
    static final int MAX_PAGES = 50;
    private static final ObjectMapper MAPPER = ContractExamples.consumerMapper();

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

    /** All pages of a half, or the first outcome that was not OK: {@code first} is its first page's answer. */
    record Listed<P, I>(Outcome outcome, P first, List<I> items) {
    }

    public Uni<DuesWarningList> compose(UUID organizationId, int year, LocalDate asOf, PageRequest page,
            UpstreamCalls.Caller caller) {
        String dues = "/api/membership/organizations/" + organizationId + "/dues/warnings?year=" + year + "&asOf=" + asOf;
        return Uni.combine().all().unis(
                        all(MEMBERSHIP, dues, caller, membershipTimeout, DuesWarnings.class, DuesWarnings::members,
                                DuesWarningsService::completeDues),
                        absences(organizationId, year, RemovalWarnings.DEFAULT_THRESHOLD, caller))
                .asTuple()
                .chain(both -> {
                    Listed<DuesWarnings, DuesWarning> membership = both.getItem1();
                    authorize(organizationId, membership.outcome());
                    int threshold = membership.outcome().ok() ? membership.first().threshold()
                            : RemovalWarnings.DEFAULT_THRESHOLD;
                    Uni<Listed<Absences, MemberAbsences>> events = threshold < RemovalWarnings.DEFAULT_THRESHOLD
                            ? absences(organizationId, year, Math.max(1, threshold), caller)
                            : Uni.createFrom().item(both.getItem2());
                    return events.map(attendance -> answer(organizationId, year, asOf, threshold, membership,
                            attendance, page));
                });
    }

    private Uni<Listed<Absences, MemberAbsences>> absences(UUID organizationId, int year, int minMonths,
            UpstreamCalls.Caller caller) {
        return all(EVENTS, "/api/events/attendance/absences?organizationId=" + organizationId + "&year=" + year
                + "&minMonths=" + minMonths, caller, eventsTimeout, Absences.class, Absences::members,
                DuesWarningsService::completeAbsences);
    }

    private static DuesWarningList answer(UUID organizationId, int year, LocalDate asOf, int threshold,
            Listed<DuesWarnings, DuesWarning> membership, Listed<Absences, MemberAbsences> events, PageRequest page) {
        YearMonth last = RemovalWarnings.lastMonthConsidered(year, asOf);
        List<DuesWarning> dues = membership.outcome().ok() ? membership.items() : null;
        List<MemberAbsences> absences = events.outcome().ok() ? events.items() : null;
        DuesWarningList.Half attendance = DuesWarningList.Half.of(events.outcome());
        DuesWarningList.Half duesHalf = DuesWarningList.Half.of(membership.outcome());
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

    private <P, I> Uni<Listed<P, I>> all(String service, String uri, UpstreamCalls.Caller caller, Duration timeout,
            Class<P> type, Function<P, MemberPage<I>> members, Predicate<I> complete) {
        return next(service, uri, caller, timeout, type, members, complete, 0, null, new ArrayList<>());
    }

    private <P, I> Uni<Listed<P, I>> next(String service, String uri, UpstreamCalls.Caller caller, Duration timeout,
            Class<P> type, Function<P, MemberPage<I>> members, Predicate<I> complete, int page, P first,
            List<I> items) {
        return calls.get(service, uri + "&page=" + page + "&size=" + PAGE_SIZE, caller, timeout).chain(outcome -> {
            if (!outcome.ok()) {
                return Uni.createFrom().item(new Listed<>(outcome, first, items));
            }
            // the half's contract (vn.party.contracts.warnings): an answer that does not parse is no half at all
            P answer = typed(outcome.body(), type);
            MemberPage<I> listed = answer == null ? null : members.apply(answer);
            if (listed == null || listed.items() == null || !listed.items().stream().allMatch(complete)) {
                return Uni.createFrom().item(new Listed<>(Outcome.unavailable(Outcome.CONTRACT, outcome.httpStatus()),
                        first, items));
            }
            items.addAll(listed.items());
            P head = first == null ? answer : first;
            if (page + 1 >= listed.totalPages()) {
                return Uni.createFrom().item(new Listed<>(outcome, head, items));
            }
            if (page + 1 >= MAX_PAGES) {
                return Uni.createFrom().item(new Listed<>(Outcome.unavailable(Outcome.INVALID_RESPONSE,
                        outcome.httpStatus()), head, items));
            }
            return next(service, uri, caller, timeout, type, members, complete, page + 1, head, items);
        });
    }

    /** A member of the dues half with what the composition reads (a record parses with them null). */
    static boolean completeDues(DuesWarning member) {
        return member != null && member.memberId() != null && listed(member.unpaidMonths())
                && listed(member.monthsWithoutBasis());
    }

    /** A member of the absences with what the composition reads. */
    static boolean completeAbsences(MemberAbsences member) {
        return member != null && member.memberId() != null && listed(member.months());
    }

    private static boolean listed(List<?> values) {
        return values != null && values.stream().allMatch(java.util.Objects::nonNull);
    }

    /** The answer as the contract's record; null when it breaks the contract (or there is none). */
    static <P> P typed(JsonNode body, Class<P> type) {
        if (body == null) {
            return null;
        }
        try {
            return MAPPER.treeToValue(body, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
