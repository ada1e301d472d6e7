package vn.party.events.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;

/**
 * Reads over a subtree: the ratings list, results per level with percentages, streaks. A rating belongs to the
 * subtree of X when its stored ancestry (the chain when it was rated) contains X. Only APPROVED ratings count in
 * results and streaks. Percentages: one decimal, half up, integer arithmetic; null when nobody was rated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RatingQueryService {

    public static final int MAX_STREAK_YEARS = 30;

    /** Readers of results besides bloc-admin, within the subtree of their organization. */
    public static final Set<String> READERS = Set.of(Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    /** Counts per level of one kind of subject; percentages over {@code rated}. */
    public record LevelCounts(long rated, long excellent, long good, long completed, long notCompleted,
            BigDecimal goodOrBetterPercent, BigDecimal excellentPercent) {

        static LevelCounts of(Map<RatingLevel, Long> counts) {
            long excellent = counts.getOrDefault(RatingLevel.EXCELLENT, 0L);
            long good = counts.getOrDefault(RatingLevel.GOOD, 0L);
            long completed = counts.getOrDefault(RatingLevel.COMPLETED, 0L);
            long notCompleted = counts.getOrDefault(RatingLevel.NOT_COMPLETED, 0L);
            long rated = excellent + good + completed + notCompleted;
            return new LevelCounts(rated, excellent, good, completed, notCompleted,
                    RatingRules.percent(excellent + good, rated), RatingRules.percent(excellent, rated));
        }
    }

    /**
     * Year-end results of a subtree. {@code cleanAndStrongOrganizations}: grassroots organizations approved EXCELLENT
     * and designated CLEAN_AND_STRONG (or EXEMPLARY, which includes it) — DOMAIN: organizations rated excellent
     * <em>may</em> be named "trong sạch, vững mạnh". An approval that leaves designations out designates an
     * EXCELLENT organization CLEAN_AND_STRONG, and approvals before V8 were migrated so, which keeps the count's
     * earlier meaning; {@code designations: []} leaves it out. {@code exemplaryOrganizations}: those designated
     * EXEMPLARY ("tiêu biểu").
     */
    public record Summary(UUID organizationId, int year, LevelCounts members, LevelCounts grassrootsOrganizations,
            LevelCounts organizations, long cleanAndStrongOrganizations, long exemplaryOrganizations) {
    }

    /**
     * {@code decidedOn}: the approval's date; {@code designation}: an organization's designation that year (null for
     * members and undesignated years).
     */
    public record StreakYear(int year, RatingLevel level, BigDecimal score, LocalDate decidedOn,
            OrganizationDesignation designation) {
    }

    public record StreakSubject(SubjectKind subjectKind, UUID memberId, UUID organizationId, String displayName,
            List<StreakYear> years) {
    }

    /** {@code designation}: for organizations, the designation required every year (null: none required). */
    public record Streaks(UUID organizationId, SubjectKind subjectKind, RatingLevel level,
            OrganizationDesignation designation, int fromYear, int toYear, int years, long count,
            List<StreakSubject> subjects) {
    }

    public Page<Rating> list(UUID organizationId, Integer year, PeriodKind periodKind, SubjectKind subjectKind,
            RatingLevel level, UUID memberId, RatingStage stage, PageRequest page) {
        required(organizationId, "organizationId");
        required(year, "year");
        scopeGuard.requireWithin(organizationId, READERS);
        StringBuilder where = new StringBuilder("array_contains(ancestry, :org) = true and periodId in "
                + "(select p.id from RatingPeriod p where p.year = :year and p.kind = :kind)");
        Parameters parameters = Parameters.with("org", organizationId).and("year", year)
                .and("kind", periodKind == null ? PeriodKind.YEAR : periodKind);
        if (subjectKind != null) {
            where.append(" and subjectKind = :subjectKind");
            parameters.and("subjectKind", subjectKind);
        }
        if (level != null) {
            where.append(" and approvedLevel = :level");
            parameters.and("level", level);
        }
        if (memberId != null) {
            where.append(" and memberId = :member");
            parameters.and("member", memberId);
        }
        if (stage != null) {
            where.append(" and stage = :stage");
            parameters.and("stage", stage);
        }
        var query = Rating.<Rating>find(where.toString(), Sort.by("subjectKind").and("organizationId").and("displayName")
                .and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /**
     * Every rating of one member, all years unless {@code year} (the member dossier's view): bloc-admin all, the
     * member themselves all of theirs, staff those rated within their organization's subtree.
     */
    public Page<Rating> aboutMember(UUID memberId, Integer year, PageRequest page) {
        Caller caller = callerContext.caller();
        StringBuilder where = new StringBuilder("memberId = :member");
        Parameters parameters = Parameters.with("member", memberId);
        boolean own = caller.memberId().map(memberId::equals).orElse(false);
        if (!caller.isBlocAdmin() && !own) {
            if (READERS.stream().noneMatch(caller::hasRole) || caller.organizationId().isEmpty()) {
                throw ProblemException.forbidden("Chỉ xem được đánh giá của chính mình (only your own ratings)");
            }
            where.append(" and array_contains(ancestry, :org) = true");
            parameters.and("org", caller.organizationId().get());
        }
        if (year != null) {
            where.append(" and periodId in (select p.id from RatingPeriod p where p.year = :year)");
            parameters.and("year", year);
        }
        var query = Rating.<Rating>find(where.toString(), Sort.descending("createdAt").and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    public Summary summary(UUID organizationId, Integer year) {
        required(organizationId, "organizationId");
        required(year, "year");
        scopeGuard.requireWithin(organizationId, READERS);
        return counts(organizationId, year);
    }

    /** The results of the subtree for the YEAR period of {@code year}, without a scope check (callers check). */
    public Summary counts(UUID organizationId, int year) {
        return summary(organizationId, year, Rating.getEntityManager().createQuery(COUNTS.formatted(
                        "array_contains(r.ancestry, :org) = true"), Object[].class)
                .setParameter("org", organizationId).setParameter("approved", RatingStage.APPROVED)
                .setParameter("kind", PeriodKind.YEAR).setParameter("year", year).getResultList());
    }

    /**
     * The year's results of the subjects whose organization (a member's cell, or the rated organization) is one of
     * {@code subtree}: the year-end figures' meaning of "as of" (the set is the subtree on the report's date).
     */
    public Summary countsIn(UUID organizationId, java.util.Collection<UUID> subtree, int year) {
        return summary(organizationId, year, Rating.getEntityManager().createQuery(COUNTS.formatted(
                        "r.organizationId in :orgs"), Object[].class)
                .setParameter("orgs", subtree).setParameter("approved", RatingStage.APPROVED)
                .setParameter("kind", PeriodKind.YEAR).setParameter("year", year).getResultList());
    }

    private static final String COUNTS = """
            select r.subjectKind, r.subjectIsGrassroots, r.approvedLevel, r.designation, count(r) from Rating r
            where %s and r.stage = :approved
              and r.periodId in (select p.id from RatingPeriod p where p.kind = :kind and p.year = :year)
            group by r.subjectKind, r.subjectIsGrassroots, r.approvedLevel, r.designation""";

    private static Summary summary(UUID organizationId, int year, List<Object[]> rows) {
        Map<RatingLevel, Long> members = new HashMap<>();
        Map<RatingLevel, Long> grassroots = new HashMap<>();
        Map<RatingLevel, Long> organizations = new HashMap<>();
        long cleanAndStrong = 0;
        long exemplary = 0;
        for (Object[] row : rows) {
            RatingLevel level = (RatingLevel) row[2];
            OrganizationDesignation designation = (OrganizationDesignation) row[3];
            long count = ((Number) row[4]).longValue();
            if (row[0] == SubjectKind.MEMBER) {
                members.merge(level, count, Long::sum);
            } else {
                organizations.merge(level, count, Long::sum);
                if (Boolean.TRUE.equals(row[1])) {
                    grassroots.merge(level, count, Long::sum);
                    if (designation != null) {
                        cleanAndStrong += count;
                        exemplary += designation == OrganizationDesignation.EXEMPLARY ? count : 0;
                    }
                }
            }
        }
        return new Summary(organizationId, year, LevelCounts.of(members), LevelCounts.of(grassroots),
                LevelCounts.of(organizations), cleanAndStrong, exemplary);
    }

    /**
     * Subjects rated {@code level} or better in the YEAR period of every year from {@code toYear − years + 1} to
     * {@code toYear} (a year without an approved rating breaks the streak). A subject is listed when its rating of
     * {@code toYear} lies in the subtree (where it is now); earlier years count wherever they were rated, so a member
     * transferred between organizations keeps their streak.
     */
    public Streaks streaks(UUID organizationId, SubjectKind subjectKind, RatingLevel level, Integer years, Integer toYear) {
        return streaks(organizationId, subjectKind, level, null, years, toYear);
    }

    /**
     * As {@link #streaks(UUID, SubjectKind, RatingLevel, Integer, Integer)}; with a {@code designation} (organizations
     * only, level EXCELLENT) every year of the window must also carry that designation or a higher one (EXEMPLARY
     * includes CLEAN_AND_STRONG); an EXCELLENT year without a designation breaks the streak.
     */
    public Streaks streaks(UUID organizationId, SubjectKind subjectKind, RatingLevel level,
            OrganizationDesignation designation, Integer years, Integer toYear) {
        required(organizationId, "organizationId");
        required(subjectKind, "subjectKind");
        required(toYear, "toYear");
        int span = years == null ? 5 : years;
        if (span < 1 || span > MAX_STREAK_YEARS) {
            throw ProblemException.invalidField("years", "từ 1 đến " + MAX_STREAK_YEARS + " (1 to " + MAX_STREAK_YEARS + ")");
        }
        RatingLevel atLeast = level == null ? RatingLevel.EXCELLENT : level;
        if (designation != null && subjectKind != SubjectKind.ORGANIZATION) {
            throw ProblemException.invalidField("designation", "chỉ dùng với ORGANIZATION (only for organizations)");
        }
        if (designation != null && atLeast != RatingLevel.EXCELLENT) {
            throw ProblemException.invalidField("level", "chỉ EXCELLENT khi có designation (only EXCELLENT with a "
                    + "designation)");
        }
        scopeGuard.requireWithin(organizationId, READERS);
        int fromYear = toYear - span + 1;
        List<RatingLevel> levels = java.util.Arrays.stream(RatingLevel.values()).filter(l -> l.atLeast(atLeast)).toList();
        String key = subjectKind == SubjectKind.MEMBER ? "memberId" : "organizationId";
        // subjects in the subtree in the last year, at the level
        List<UUID> current = Rating.getEntityManager().createQuery("select r." + key + " from Rating r, RatingPeriod p "
                + "where p.id = r.periodId and p.kind = :kind and p.year = :year and r.subjectKind = :subject "
                + "and r.stage = :approved and r.approvedLevel in :levels and array_contains(r.ancestry, :org) = true",
                UUID.class)
                .setParameter("kind", PeriodKind.YEAR).setParameter("year", toYear).setParameter("subject", subjectKind)
                .setParameter("approved", RatingStage.APPROVED).setParameter("levels", levels)
                .setParameter("org", organizationId).getResultList();
        List<StreakSubject> subjects = new ArrayList<>();
        if (!current.isEmpty()) {
            List<Object[]> rows = Rating.getEntityManager().createQuery("select r, p.year from Rating r, RatingPeriod p "
                    + "where p.id = r.periodId and p.kind = :kind and p.year between :from and :to "
                    + "and r.subjectKind = :subject and r.stage = :approved and r." + key + " in :subjects "
                    + "order by p.year", Object[].class)
                    .setParameter("kind", PeriodKind.YEAR).setParameter("from", fromYear).setParameter("to", toYear)
                    .setParameter("subject", subjectKind).setParameter("approved", RatingStage.APPROVED)
                    .setParameter("subjects", Set.copyOf(current)).getResultList();
            Map<UUID, TreeMap<Integer, Rating>> bySubject = new LinkedHashMap<>();
            for (Object[] row : rows) {
                Rating rating = (Rating) row[0];
                UUID subject = subjectKind == SubjectKind.MEMBER ? rating.memberId : rating.organizationId;
                bySubject.computeIfAbsent(subject, s -> new TreeMap<>()).put((Integer) row[1], rating);
            }
            bySubject.forEach((subject, ratings) -> {
                boolean unbroken = ratings.size() == span
                        && ratings.values().stream().allMatch(r -> r.approvedLevel.atLeast(atLeast))
                        && (designation == null || ratings.values().stream()
                                .allMatch(r -> r.designation != null && r.designation.includes(designation)));
                if (unbroken) {
                    Rating last = ratings.lastEntry().getValue();
                    subjects.add(new StreakSubject(subjectKind, last.memberId, last.organizationId, last.displayName,
                            ratings.entrySet().stream().map(e -> new StreakYear(e.getKey(), e.getValue().approvedLevel,
                                    e.getValue().approvedScore, e.getValue().decidedOn, e.getValue().designation)).toList()));
                }
            });
        }
        subjects.sort(Comparator.comparing((StreakSubject s) -> s.organizationId().toString())
                .thenComparing(s -> s.displayName() == null ? "" : s.displayName())
                .thenComparing(s -> s.memberId() == null ? "" : s.memberId().toString()));
        return new Streaks(organizationId, subjectKind, atLeast, designation, fromYear, toYear, span, subjects.size(),
                subjects);
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw ProblemException.invalidField(field, "bắt buộc (required)");
        }
    }
}
