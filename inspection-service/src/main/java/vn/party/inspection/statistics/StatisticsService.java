package vn.party.inspection.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.inspection.InspectionKind;
import vn.party.inspection.statistics.rest.StatisticsView;
import vn.party.replica.OrganizationTimeline;

/**
 * The year's inspection, supervision and discipline figures of an organization's subtree, read with read-only
 * queries (discipline, complaints and denunciations are other features' tables: read here, never written).
 * Counting rules (docs/inspections.md):
 * <ul>
 *   <li>an inspection counts in the year of its DECISION step; one without a decision is not counted;</li>
 *   <li>{@code visits} ("lượt"): inspections whose target is an organization, each once; {@code organizations}: distinct
 *   target organizations; {@code members}: distinct target members;</li>
 *   <li>a supervision counts in the year its period starts, with the same rules;</li>
 *   <li>discipline: decided cases by decision date and decided form; {@code total} counts distinct targets;</li>
 *   <li>suspensions by start date; complaints and denunciations received by receipt date, resolved by resolution date.</li>
 * </ul>
 * Subtree ("as of", docs/architecture.md): the set S of organizations in the subtree on {@code asOf} (31 December of
 * the year unless given) as the replica holds it, ceased predecessors counting with their successor
 * ({@link OrganizationTimeline#subtreeOn}); a record counts when its organization today (after restructuring moves)
 * is in S: an inspection's or supervision's target organization, a case's, complaint's (through its case),
 * denunciation's and suspension's scope organization.
 *
 * <p>The figures count only what the caller's lists show them, so a count never reveals a record they cannot read:
 * bloc-admin and inspectors in scope see everything; everyone else (secretaries) only notified inspections,
 * resolved complaints and resolved denunciations (discipline counts decided cases for everyone).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    static final Set<String> READERS = Set.of(Roles.INSPECTOR, Roles.ORG_SECRETARY);
    static final Set<String> INSPECTORS = Set.of(Roles.INSPECTOR);

    /** The extra conditions that keep each count to what the caller's lists show (empty: they see everything). */
    private record Seen(String inspections, String complaints, String denunciations) {

        static final Seen ALL = new Seen("", "", "");
        /** What a secretary's lists show: InspectionService, ComplaintService and DenunciationService read rules. */
        static final Seen SETTLED = new Seen(" and x.status = 'NOTIFIED'", " and k.status = 'RESOLVED'",
                " and d.status in ('RESOLVED', 'NOTIFIED')");
    }

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    OrganizationTimeline timeline;

    @Inject
    EntityManager entityManager;

    public StatisticsView year(@NotNull UUID organizationId, int year, LocalDate asOf, UUID inspectingOrganizationId) {
        scopeGuard.requireWithin(organizationId, READERS);
        Set<UUID> subtree = new java.util.HashSet<>(timeline.subtreeOn(organizationId, asOf));
        subtree.add(organizationId);
        Caller caller = callerContext.caller();
        Seen seen = caller.isBlocAdmin() || (caller.hasRole(Roles.INSPECTOR) && scopeGuard.permits(organizationId, INSPECTORS))
                ? Seen.ALL : Seen.SETTLED;
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("orgs", List.copyOf(subtree));
        params.put("from", from);
        params.put("to", to);
        String body = "";
        if (inspectingOrganizationId != null) {
            params.put("body", inspectingOrganizationId);
            body = " and x.inspecting_organization_id = :body";
        }

        String inspections = " from inspection x where x.target_organization_id in (:orgs)"
                + " and x.decision_date >= :from and x.decision_date < :to" + body + seen.inspections();
        Object[] total = single(VISITS + inspections, params);
        List<StatisticsView.KindVisits> byKind = new ArrayList<>();
        Map<InspectionKind, Object[]> rows = new EnumMap<>(InspectionKind.class);
        for (Object[] row : rows("select x.kind," + VISITS.substring("select".length()) + inspections + " group by x.kind", params)) {
            rows.put(InspectionKind.valueOf((String) row[0]), new Object[] {row[1], row[2], row[3]});
        }
        for (InspectionKind kind : InspectionKind.values()) {
            Object[] row = rows.getOrDefault(kind, new Object[] {0L, 0L, 0L});
            byKind.add(new StatisticsView.KindVisits(kind, n(row[0]), n(row[1]), n(row[2])));
        }
        StatisticsView.KindVisits signs = byKind.get(InspectionKind.SIGNS_OF_VIOLATION.ordinal());

        Object[] supervisions = single(VISITS + " from supervision x"
                + " where x.target_organization_id in (:orgs) and x.period_from >= :from and x.period_from < :to" + body, params);

        Map<String, Object> yearParams = new LinkedHashMap<>(params);
        yearParams.remove("body");
        return new StatisticsView(organizationId, year, asOf, subtree.size(),
                new StatisticsView.Inspections(n(total[0]), n(total[1]), n(total[2]), byKind),
                new StatisticsView.Targets(signs.organizations(), signs.members()),
                new StatisticsView.Visits(n(supervisions[0]), n(supervisions[1]), n(supervisions[2])),
                discipline(yearParams), suspensions(yearParams), complaints(yearParams, seen),
                denunciations(yearParams, seen));
    }

    /** Lượt (organization targets), distinct organizations, distinct members. */
    private static final String VISITS = "select count(*) filter (where x.target_kind = 'ORGANIZATION'),"
            + " count(distinct x.target_organization_id) filter (where x.target_kind = 'ORGANIZATION'),"
            + " count(distinct x.target_member_id)";

    private StatisticsView.Discipline discipline(Map<String, Object> params) {
        // an annulled decision is not a decision; a reduced one counts by the form in force after the complaint
        String decided = " from discipline_case c where c.scope_organization_id in (:orgs) and c.annulled_on is null"
                + " and c.status = 'DECIDED' and c.decision_date >= :from and c.decision_date < :to";
        Map<DisciplineForm, Long> members = new EnumMap<>(DisciplineForm.class);
        Map<DisciplineForm, Long> organizations = new EnumMap<>(DisciplineForm.class);
        for (Object[] row : rows("select c.target_kind, coalesce(c.effective_form, c.decided_form), count(*)" + decided
                + " group by c.target_kind, coalesce(c.effective_form, c.decided_form)",
                params)) {
            ("MEMBER".equals(row[0]) ? members : organizations).put(DisciplineForm.valueOf((String) row[1]), n(row[2]));
        }
        Object[] totals = single("select count(distinct c.target_member_id) filter (where c.target_kind = 'MEMBER'),"
                + " count(distinct c.scope_organization_id) filter (where c.target_kind = 'ORGANIZATION')" + decided, params);
        return new StatisticsView.Discipline(new StatisticsView.Disciplined(n(totals[0]), ordered(members)),
                new StatisticsView.Disciplined(n(totals[1]), ordered(organizations)));
    }

    /** Suspensions by start date, of members whose scope organization is in the subtree. */
    private long suspensions(Map<String, Object> params) {
        return n(scalar("select count(*) from suspension where scope_organization_id in (:orgs)"
                + " and start_date >= :from and start_date < :to", params));
    }

    private StatisticsView.Flow complaints(Map<String, Object> params, Seen seen) {
        Object[] row = single("select count(*) filter (where k.filed_date >= :from and k.filed_date < :to),"
                + " count(*) filter (where k.status = 'RESOLVED' and k.resolution_date >= :from and k.resolution_date < :to)"
                + " from discipline_complaint k join discipline_case c on c.id = k.case_id"
                + " where c.scope_organization_id in (:orgs)" + seen.complaints(), params);
        return new StatisticsView.Flow(n(row[0]), n(row[1]));
    }

    private StatisticsView.Flow denunciations(Map<String, Object> params, Seen seen) {
        Object[] row = single("select count(*) filter (where d.received_date >= :from and d.received_date < :to),"
                + " count(*) filter (where d.resolution_date >= :from and d.resolution_date < :to)"
                + " from denunciation d where d.scope_organization_id in (:orgs)" + seen.denunciations(), params);
        return new StatisticsView.Flow(n(row[0]), n(row[1]));
    }

    private static Map<DisciplineForm, Long> ordered(Map<DisciplineForm, Long> byForm) {
        return new LinkedHashMap<>(byForm);
    }

    private Object scalar(String sql, Map<String, Object> params) {
        return bind(entityManager.createNativeQuery(sql), sql, params).getSingleResult();
    }

    private Object[] single(String sql, Map<String, Object> params) {
        return (Object[]) bind(entityManager.createNativeQuery(sql), sql, params).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        return bind(entityManager.createNativeQuery(sql), sql, params).getResultList();
    }

    private static Query bind(Query query, String sql, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (sql.contains(":" + name)) {
                query.setParameter(name, value);
            }
        });
        return query;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
