package vn.party.membership.statistics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.organization.Organization;

/**
 * Counts members as they were on a date: each member's organization from its affiliations and its status
 * from the status history in force on that date, so figures for past years stay right after transfers
 * and status changes. One aggregate query (grouping sets) however large the register is.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    /** Age bands (years on the date) and party-seniority bands (years since admission), as reports group them. */
    private static final String SNAPSHOT = """
            WITH snapshot AS (
                SELECT m.gender, m.ethnicity, coalesce(m.education_level, 'Chưa cập nhật') AS education,
                       st.status,
                       st.status IN ('PROBATIONARY', 'OFFICIAL', 'EXEMPTED', 'SUSPENDED') AS active,
                       CASE WHEN age(:asOf, m.date_of_birth) < interval '30 years' THEN 'under 30'
                            WHEN age(:asOf, m.date_of_birth) < interval '40 years' THEN '30-39'
                            WHEN age(:asOf, m.date_of_birth) < interval '50 years' THEN '40-49'
                            WHEN age(:asOf, m.date_of_birth) < interval '60 years' THEN '50-59'
                            ELSE '60 and over' END AS age_band,
                       CASE WHEN age(:asOf, coalesce(m.admission_decision_date, m.admission_date)) < interval '5 years' THEN 'under 5'
                            WHEN age(:asOf, coalesce(m.admission_decision_date, m.admission_date)) < interval '10 years' THEN '5-9'
                            WHEN age(:asOf, coalesce(m.admission_decision_date, m.admission_date)) < interval '20 years' THEN '10-19'
                            WHEN age(:asOf, coalesce(m.admission_decision_date, m.admission_date)) < interval '30 years' THEN '20-29'
                            ELSE '30 and over' END AS seniority_band
                FROM member_affiliation a
                JOIN member m ON m.id = a.member_id
                JOIN LATERAL (
                    SELECT c.status FROM member_status_change c
                    WHERE c.member_id = m.id AND c.effective_on <= :asOf
                    ORDER BY c.effective_on DESC, c.id DESC LIMIT 1
                ) st ON TRUE
                WHERE a.organization_id IN (:organizations)
                  AND a.valid_from <= :asOf AND (a.valid_to IS NULL OR a.valid_to > :asOf)
            )
            """;

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    public RegisterStatistics compute(UUID organizationId, LocalDate asOf, LocalDate admittedFrom, LocalDate admittedTo) {
        if (Organization.findById(organizationId) == null) {
            throw ProblemException.notFound("Tổ chức", organizationId);
        }
        scopeGuard.requireRead(organizationId);
        if (admittedFrom.isAfter(admittedTo)) {
            throw ProblemException.invalidField("admittedTo", "phải sau admittedFrom (must not precede admittedFrom)");
        }
        // the subtree as it stood on asOf: last year's report counts last year's organizations, not today's
        List<Object[]> treeOnDate = subtreeOn(organizationId, asOf);
        List<UUID> subtree = treeOnDate.stream().map(row -> (UUID) row[0]).toList();
        if (subtree.isEmpty()) {
            subtree = List.of(organizationId);
        }
        Map<String, Map<String, Long>> breakdowns = new LinkedHashMap<>();
        for (String dimension : List.of("status", "gender", "age_band", "ethnicity", "education", "seniority_band")) {
            breakdowns.put(dimension, new TreeMap<>());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SNAPSHOT + """
                SELECT status, gender, age_band, ethnicity, education, seniority_band,
                       GROUPING(status), GROUPING(gender), GROUPING(age_band), GROUPING(ethnicity),
                       GROUPING(education), GROUPING(seniority_band),
                       count(*), count(*) FILTER (WHERE active)
                FROM snapshot
                GROUP BY GROUPING SETS ((status), (gender), (age_band), (ethnicity), (education), (seniority_band))
                """)
                .setParameter("organizations", subtree)
                .setParameter("asOf", asOf)
                .getResultList();
        String[] dimensions = breakdowns.keySet().toArray(String[]::new);
        for (Object[] row : rows) {
            for (int i = 0; i < dimensions.length; i++) {
                if (((Number) row[6 + i]).intValue() == 0) {
                    long count = ((Number) row[i == 0 ? 12 : 13]).longValue();
                    if (count > 0) {
                        breakdowns.get(dimensions[i]).put(String.valueOf(row[i]), count);
                    }
                }
            }
        }
        long active = breakdowns.get("gender").values().stream().mapToLong(Long::longValue).sum();

        Map<String, Long> organizationsByType = new TreeMap<>();
        treeOnDate.stream().filter(row -> "ACTIVE".equals(row[2]))
                .forEach(row -> organizationsByType.merge((String) row[1], 1L, Long::sum));
        // admissions during the period: into an organization of the subtree on asOf (S, as every figure of the year),
        // never by today's tree, which may hold organizations moved or merged in after asOf
        List<UUID> counted = counted(treeOnDate, organizationId, asOf);

        Number admitted = (Number) entityManager.createNativeQuery("""
                SELECT count(DISTINCT m.id) FROM member m
                JOIN member_affiliation a ON a.member_id = m.id AND a.valid_from <= m.admission_date
                     AND (a.valid_to IS NULL OR a.valid_to > m.admission_date)
                WHERE a.organization_id IN (:organizations)
                  AND m.admission_date BETWEEN :from AND :to
                """).setParameter("organizations", counted).setParameter("from", admittedFrom)
                .setParameter("to", admittedTo).getSingleResult();

        return new RegisterStatistics(organizationId, asOf, counted.size(), active, breakdowns.get("status"), breakdowns.get("gender"),
                breakdowns.get("age_band"), breakdowns.get("ethnicity"), breakdowns.get("education"),
                breakdowns.get("seniority_band"), organizationsByType,
                new RegisterStatistics.Admissions(admittedFrom, admittedTo, admitted.longValue()));
    }

    /**
     * The set S every service counts a year's records in (docs/architecture.md, "Time"): the organizations
     * under the root on {@code date} that had not ceased, the root, and every organization ceased by then whose
     * successor chain ends in one of them (as the replicas' {@code OrganizationTimeline.subtreeOn}).
     */
    private List<UUID> counted(List<Object[]> treeOnDate, UUID root, LocalDate date) {
        List<UUID> placed = java.util.stream.Stream.concat(treeOnDate.stream()
                .filter(row -> "ACTIVE".equals(row[2])).map(row -> (UUID) row[0]), java.util.stream.Stream.of(root))
                .distinct().toList();
        return entityManager.createNativeQuery("""
                WITH RECURSIVE counted(id, depth) AS (
                    SELECT o.id, 0 FROM organization o WHERE o.id IN (:placed)
                    UNION
                    SELECT s.predecessor_id, c.depth + 1 FROM counted c
                    JOIN organization_succession s ON s.successor_id = c.id AND s.effective_on <= :date
                    WHERE c.depth < 100
                )
                SELECT DISTINCT id FROM counted
                """, UUID.class).setParameter("placed", placed)
                .setParameter("date", date).getResultList();
    }

    /**
     * (id, type, status) of the organizations under {@code root} as the tree stood on {@code date}, root included.
     * An organization registered without a founding date is taken to have existed before its registration, as it
     * was first recorded (registers are loaded long after the organizations were founded).
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> subtreeOn(UUID root, LocalDate date) {
        return entityManager.createNativeQuery("""
                WITH RECURSIVE version_on AS (
                    SELECT v.organization_id, v.parent_id, v.type, v.status FROM organization_version v
                    JOIN organization o ON o.id = v.organization_id
                    WHERE (v.valid_to IS NULL OR v.valid_to > :date)
                      AND (v.valid_from <= :date OR (v.change_kind = 'CREATE' AND o.founded_on IS NULL))
                ), tree AS (
                    SELECT organization_id, type, status FROM version_on WHERE organization_id = :root
                    UNION
                    SELECT v.organization_id, v.type, v.status FROM version_on v
                    JOIN tree t ON v.parent_id = t.organization_id
                )
                SELECT organization_id, type, status FROM tree
                """).setParameter("root", root).setParameter("date", date).getResultList();
    }
}
