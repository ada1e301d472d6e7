package vn.party.gateway.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.gateway.GatewayConfig;
import vn.party.gateway.compose.Outcome;
import vn.party.gateway.compose.UpstreamCalls;

/**
 * Asks the four sources for the year and the year before, all eight at once with the caller's token, and lays
 * their figures out as the report. Who may read it is the sources' decision: membership's 401, 403 or 404 for
 * the organization is the report's answer; another source's refusal or silence marks its sections, and the
 * report is partial.
 */
@Singleton
public class AnnualReportService {

    private final UpstreamCalls calls;
    private final GatewayConfig.Report.Timeouts timeouts;

    AnnualReportService(UpstreamCalls calls, GatewayConfig config) {
        this.calls = calls;
        this.timeouts = config.report().timeout();
    }

    /** The two answers of one source. */
    record Source(Outcome year, Outcome previous) {
    }

    public Uni<AnnualReport> report(UUID organizationId, int year, UpstreamCalls.Caller caller) {
        return report(organizationId, year, LocalDate.of(year, 12, 31), caller);
    }

    /**
     * Every source counts the year by the tree on {@code asOf} (31 December unless the caller chose a later date),
     * the previous year by the tree on its 31 December (docs/architecture.md, "Time").
     */
    public Uni<AnnualReport> report(UUID organizationId, int year, LocalDate asOf, UpstreamCalls.Caller caller) {
        List<Uni<Outcome>> unis = new ArrayList<>();
        for (int y : new int[] {year, year - 1}) {
            LocalDate end = LocalDate.of(y, 12, 31);
            LocalDate on = y == year ? asOf : end;
            unis.add(calls.get(ReportFigures.MEMBERSHIP, "/api/membership/organizations/" + organizationId
                    + "/statistics?asOf=" + on + "&admittedFrom=" + y + "-01-01&admittedTo=" + end, caller,
                    timeouts.membership()));
            unis.add(calls.get(ReportFigures.INSPECTION, "/api/inspection/statistics?organizationId=" + organizationId
                    + "&year=" + y + "&asOf=" + on, caller, timeouts.inspection()));
            unis.add(calls.get(ReportFigures.EVENTS, "/api/events/statistics?organizationId=" + organizationId
                    + "&year=" + y + "&asOf=" + on, caller, timeouts.events()));
            unis.add(calls.get(ReportFigures.EVENTS, "/api/events/commendations/statistics?organizationId="
                    + organizationId + "&year=" + y + "&asOf=" + on, caller, timeouts.commendations()));
        }
        return Uni.combine().all().unis(unis).with(results -> {
            List<Outcome> outcomes = results.stream().map(Outcome.class::cast).toList();
            Map<String, Source> sources = new LinkedHashMap<>();
            List<String> names = List.of(ReportFigures.MEMBERSHIP, ReportFigures.INSPECTION, ReportFigures.EVENTS,
                    ReportFigures.COMMENDATIONS);
            for (int i = 0; i < names.size(); i++) {
                sources.put(names.get(i), new Source(outcomes.get(i), outcomes.get(i + names.size())));
            }
            return compose(organizationId, year, asOf, sources);
        });
    }

    static AnnualReport compose(UUID organizationId, int year, Map<String, Source> sources) {
        return compose(organizationId, year, LocalDate.of(year, 12, 31), sources);
    }

    static AnnualReport compose(UUID organizationId, int year, LocalDate asOf, Map<String, Source> given) {
        authorize(organizationId, given.get(ReportFigures.MEMBERSHIP).year());
        // typed figures: an answer that breaks the contract makes its source unavailable
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Object[]> figures = new LinkedHashMap<>();
        List<ReportSubtree> subtrees = new ArrayList<>();
        given.forEach((name, source) -> {
            Object[] typed = new Object[2];
            Outcome current = typedOrBroken(name, source.year(), typed, 0);
            Outcome previous = typedOrBroken(name, source.previous(), typed, 1);
            if (typed[0] != null) {
                subtrees.add(SourceFigures.subtree(name, typed[0]));
            }
            sources.put(name, new Source(current, previous));
            figures.put(name, typed);
        });
        if (sources.values().stream().noneMatch(source -> source.year().ok())) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Không nguồn số liệu nào trả lời, chưa thể lập báo cáo (no source of figures is available)");
        }
        List<ReportSection> sections = new ArrayList<>();
        for (ReportFigures.SectionSpec<?> spec : ReportFigures.SECTIONS) {
            Source source = sources.get(spec.source());
            Object[] typed = figures.get(spec.source());
            List<ReportRow> rows = typed[0] == null ? List.of() : spec.rows(typed[0], typed[1]);
            sections.add(new ReportSection(spec.key(), spec.title(), spec.source(), status(source.year()),
                    reason(source.year()), status(source.previous()), reason(source.previous()), rows));
        }
        boolean partial = sections.stream().anyMatch(section -> !section.complete());
        boolean same = subtrees.stream().map(s -> s.asOf() + "/" + s.organizations()).distinct().count() <= 1;
        return new AnnualReport(organizationId, year, year - 1, partial, asOf, subtrees, same, sections);
    }

    /** The outcome, unavailable when its answer breaks the contract; the answer's record goes to {@code typed[at]}. */
    private static Outcome typedOrBroken(String name, Outcome outcome, Object[] typed, int at) {
        if (!outcome.ok()) {
            return outcome;
        }
        return SourceFigures.typed(name, outcome.body()).map(parsed -> {
            typed[at] = parsed;
            return outcome;
        }).orElseGet(() -> Outcome.unavailable(SourceFigures.CONTRACT, outcome.httpStatus()));
    }

    /** Membership owns the organization: its refusal or "no such organization" is the report's answer. */
    private static void authorize(UUID organizationId, Outcome membership) {
        if (membership.kind() != Outcome.Kind.REFUSED) {
            return;
        }
        switch (membership.httpStatus()) {
            case 401 -> throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Cần đăng nhập: gửi một bearer token hợp lệ (a valid bearer token is required)");
            case 403 -> throw ProblemException.forbidden(
                    "Bạn không có quyền xem số liệu của tổ chức này (membership refused this organization's figures)");
            case 404 -> throw ProblemException.notFound("Tổ chức", organizationId);
            default -> {
                // any other refusal only marks membership's sections
            }
        }
    }

    private static String status(Outcome outcome) {
        if (outcome.ok()) {
            return "OK";
        }
        return outcome.denied() ? "FORBIDDEN" : "UNAVAILABLE";
    }

    private static String reason(Outcome outcome) {
        return switch (outcome.kind()) {
            case OK -> null;
            case REFUSED -> outcome.denied() ? "upstream " + outcome.httpStatus() : Outcome.UPSTREAM_4XX;
            case UNAVAILABLE -> outcome.reason();
        };
    }
}
