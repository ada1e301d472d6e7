package vn.party.membership.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.hibernate.jpa.HibernateHints;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.committee.domain.CommitteePosition;
import vn.party.membership.member.domain.Gender;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.organization.service.OrganizationService;

/**
 * The register list: filters, accent-insensitive name search and Vietnamese name order, as one SQL query so it
 * stays fast at hundreds of thousands of rows (trigram index on the folded name, organization subtree resolved
 * first). The free text holds no identifier: a substring match over a CCCD would let a caller who sees it masked
 * recover it digit by digit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberSearch {

    public enum SortOrder {
        NAME("m.name_sort_key, m.id"),
        NAME_DESC("m.name_sort_key DESC, m.id DESC"),
        ADMISSION_DATE("m.admission_date, m.name_sort_key, m.id"),
        ADMISSION_DATE_DESC("m.admission_date DESC, m.name_sort_key, m.id"),
        DATE_OF_BIRTH("m.date_of_birth, m.name_sort_key, m.id"),
        DATE_OF_BIRTH_DESC("m.date_of_birth DESC, m.name_sort_key, m.id");

        final String sql;

        SortOrder(String sql) {
            this.sql = sql;
        }
    }

    /**
     * What the caller asks for; every field is optional. Ages are counted on {@code today}. {@code text} matches
     * names only; {@code nationalId} and {@code cardNumber} match a whole number exactly (see
     * {@link IdentifierSearches} for who may use them).
     */
    public record Criteria(UUID organizationId, String text, Set<MemberStatus> statuses, Gender gender,
            String ethnicity, Integer minAge, Integer maxAge, Integer admissionYear, CommitteePosition position,
            SortOrder sort, String nationalId, String cardNumber) {

        public boolean usesIdentifier() {
            return nationalId != null || cardNumber != null;
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    CallerContext callerContext;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationService organizations;

    @Inject
    IdentifierSearches identifierSearches;

    /** One page; an identifier filter the caller may not use is refused (403) before anything is read. */
    public Page<Member> search(Criteria criteria, PageRequest page, LocalDate today) {
        Selection selection = select(criteria, today);
        long total = selection.count();
        List<Member> items = total == 0 ? List.of() : selection.page(page);
        return Page.of(items, page, total);
    }

    /**
     * The members the criteria match, not yet read: authorization (identifier filters, scope) and validation
     * happen here, so a caller that streams the result (the export) refuses before it writes anything.
     */
    public Selection select(Criteria criteria, LocalDate today) {
        identifierSearches.authorize(criteria);
        UUID root = scopeRoot(criteria.organizationId());
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (root != null && !isTheOnlyRoot(root)) {
            // Resolved first rather than joined as a CTE: the planner cannot estimate a recursive CTE's size
            // and would then scan the whole register instead of using the organization index.
            where.append(" AND m.organization_id IN (:organizations)");
            parameters.put("organizations", organizations.subtreeIds(root));
        }
        if (criteria.text() != null && !criteria.text().isBlank()) {
            where.append(" AND m.search_text LIKE '%' || vn_fold(:text) || '%'");
            parameters.put("text", escapeLike(criteria.text().trim().replaceAll("\\s+", " ")));
        }
        if (criteria.nationalId() != null) {
            where.append(" AND m.national_id = CAST(:nationalId AS CHAR(12))");
            parameters.put("nationalId", criteria.nationalId());
        }
        if (criteria.cardNumber() != null) {
            where.append(" AND m.party_card_number = CAST(:cardNumber AS CHAR(12))");
            parameters.put("cardNumber", criteria.cardNumber());
        }
        if (criteria.statuses() != null && !criteria.statuses().isEmpty()) {
            where.append(" AND m.status IN (:statuses)");
            parameters.put("statuses", criteria.statuses().stream().map(Enum::name).toList());
        }
        if (criteria.gender() != null) {
            where.append(" AND m.gender = :gender");
            parameters.put("gender", criteria.gender().name());
        }
        if (criteria.ethnicity() != null && !criteria.ethnicity().isBlank()) {
            where.append(" AND vn_fold(m.ethnicity) = vn_fold(:ethnicity)");
            parameters.put("ethnicity", criteria.ethnicity().trim());
        }
        if (criteria.minAge() != null) {
            // at least N years old on `today`: born on or before today - N years
            where.append(" AND m.date_of_birth <= :bornBy");
            parameters.put("bornBy", today.minusYears(criteria.minAge()));
        }
        if (criteria.maxAge() != null) {
            // at most N years old: not yet N + 1
            where.append(" AND m.date_of_birth > :bornAfter");
            parameters.put("bornAfter", today.minusYears(criteria.maxAge() + 1L));
        }
        if (criteria.minAge() != null && criteria.maxAge() != null && criteria.minAge() > criteria.maxAge()) {
            throw ProblemException.invalidField("maxAge", "phải ≥ minAge (must be ≥ minAge)");
        }
        if (criteria.admissionYear() != null) {
            where.append(" AND m.admission_date >= :admittedFrom AND m.admission_date < :admittedTo");
            parameters.put("admittedFrom", LocalDate.of(criteria.admissionYear(), 1, 1));
            parameters.put("admittedTo", LocalDate.of(criteria.admissionYear() + 1, 1, 1));
        }
        if (criteria.position() != null) {
            // a post is held on a day when from_date <= day < held_until (see the committee_post view)
            where.append(" AND EXISTS (SELECT 1 FROM committee_post p WHERE p.member_id = m.id"
                    + " AND p.position = :position AND p.from_date <= :today AND :today < p.held_until)");
            parameters.put("position", criteria.position().name());
            parameters.put("today", today);
        }
        SortOrder sort = criteria.sort() == null ? SortOrder.NAME : criteria.sort();
        return new Selection(entityManager, where.toString(), parameters, sort);
    }

    /** A filtered, ordered set of members; each method runs its own query in the caller's transaction. */
    public static final class Selection {
        private final EntityManager entityManager;
        private final String where;
        private final Map<String, Object> parameters;
        private final SortOrder sort;

        Selection(EntityManager entityManager, String where, Map<String, Object> parameters, SortOrder sort) {
            this.entityManager = entityManager;
            this.where = where;
            this.parameters = Map.copyOf(parameters);
            this.sort = sort;
        }

        public long count() {
            return ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM member m" + where))
                    .getSingleResult()).longValue();
        }

        /** Whether this member is among the matches (the export audits whether a full CCCD left the system). */
        public boolean includes(UUID memberId) {
            return ((Number) bind(entityManager.createNativeQuery(
                            "SELECT count(*) FROM member m" + where + " AND m.id = :onlyMember"))
                    .setParameter("onlyMember", memberId).getSingleResult()).longValue() > 0;
        }

        @SuppressWarnings("unchecked")
        List<Member> page(PageRequest page) {
            return new ArrayList<>(bind(entityManager.createNativeQuery("SELECT m.* FROM member m" + where
                            + " ORDER BY " + sort.sql + " LIMIT :limit OFFSET :offset", Member.class))
                    .setParameter("limit", page.size).setParameter("offset", page.offset()).getResultList());
        }

        /**
         * Every match in list order, read through a database cursor {@code fetchSize} rows at a time (PostgreSQL
         * keeps the rest server-side while the transaction lasts), read-only. The caller detaches each member once
         * used, so memory stays bounded whatever the register's size; close the stream (try-with-resources).
         */
        @SuppressWarnings("unchecked")
        public Stream<Member> stream(int fetchSize) {
            return bind(entityManager.createNativeQuery(
                            "SELECT m.* FROM member m" + where + " ORDER BY " + sort.sql, Member.class))
                    .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream();
        }

        private Query bind(Query query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** The whole register lies below the single root, so filtering by its subtree would filter nothing. */
    private boolean isTheOnlyRoot(UUID organization) {
        return Boolean.TRUE.equals(entityManager.createNativeQuery(
                        "SELECT count(*) = 1 AND bool_and(id = :id) FROM organization WHERE parent_id IS NULL")
                .setParameter("id", organization).getSingleResult());
    }

    /** The subtree the list covers: the requested organization if in scope, else the caller's own. */
    private UUID scopeRoot(UUID requested) {
        Caller caller = callerContext.caller();
        if (requested != null) {
            scopeGuard.requireRead(requested);
            return requested;
        }
        if (caller.isBlocAdmin()) {
            return null;
        }
        UUID own = caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                "Tài khoản không gắn với tổ chức nào (your account has no organization scope)"));
        scopeGuard.requireRead(own);
        return own;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
