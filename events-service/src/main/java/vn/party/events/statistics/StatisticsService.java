package vn.party.events.statistics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.AsOf;
import vn.party.common.time.PartyClock;
import vn.party.events.campaign.Contribution;
import vn.party.events.meeting.AttendanceStatus;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingKind;
import vn.party.events.rating.RatingQueryService;
import vn.party.events.rating.RatingRules;
import vn.party.events.task.FollowUpTask;
import vn.party.events.task.TaskStatus;
import vn.party.replica.OrganizationTimeline;

/**
 * A subtree's figures for one calendar year (Asia/Ho_Chi_Minh), the events-service part of the year-end report:
 * <ul>
 *   <li>meetings: held = meetings of organizations in the subtree that started within the year and before now, per
 *   kind; attendance rate = invited members marked PRESENT ÷ invited members over those meetings (guests apart);</li>
 *   <li>tasks: follow-up tasks led by organizations in the subtree whose document was issued in the year; done =
 *   reported DONE; overdue = not DONE with a deadline before today or, for a past year, before its end;</li>
 *   <li>ratings: the approved year-end results ({@link RatingQueryService#counts});</li>
 *   <li>campaigns: contributions (exact whole đồng, as a string) made in the year by organizations in the subtree.</li>
 * </ul>
 * Subtree ("as of", docs/architecture.md): the set S of organizations in the subtree on {@code asOf} (31 December of
 * the year unless given) as the replica holds it, ceased predecessors counting with their successor
 * ({@link OrganizationTimeline#subtreeOn}); a meeting, task (its lead), rating (its subject's organization) or
 * contribution counts when its organization today (after restructuring moves) is in S.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatisticsService {

    static final Set<String> READERS = RatingQueryService.READERS;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    OrganizationTimeline timeline;

    @Inject
    RatingQueryService ratings;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    public record Meetings(long held, Map<MeetingKind, Long> byKind, BigDecimal attendanceRatePercent) {
    }

    public record Tasks(long assigned, long done, long overdue) {
    }

    public record Ratings(RatingQueryService.LevelCounts members, RatingQueryService.LevelCounts grassrootsOrganizations,
            RatingQueryService.LevelCounts organizations, long cleanAndStrongOrganizations, long exemplaryOrganizations) {
    }

    public record Campaigns(String contributionsVnd) {
    }

    public record Statistics(UUID organizationId, int year, LocalDate asOf, long organizations, Meetings meetings, Tasks tasks, Ratings ratings,
            Campaigns campaigns) {
    }

    public Statistics statistics(UUID organizationId, Integer year, String asOfParameter) {
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        if (year == null) {
            throw ProblemException.invalidField("year", "bắt buộc (required)");
        }
        if (year < 1930 || year > 2200) {
            throw ProblemException.invalidField("year", "từ 1930 đến 2200 (1930 to 2200)");
        }
        LocalDate asOf = AsOf.of(asOfParameter, year);
        scopeGuard.requireWithin(organizationId, READERS);
        Set<UUID> inSubtree = new HashSet<>(timeline.subtreeOn(organizationId, asOf));
        inSubtree.add(organizationId);
        RatingQueryService.Summary summary = ratings.countsIn(organizationId, inSubtree, year);
        return new Statistics(organizationId, year, asOf, inSubtree.size(), meetings(organizationId, year, inSubtree),
                tasks(organizationId, year, inSubtree),
                new Ratings(summary.members(), summary.grassrootsOrganizations(), summary.organizations(),
                        summary.cleanAndStrongOrganizations(), summary.exemplaryOrganizations()),
                new Campaigns(contributions(organizationId, year, inSubtree).toString()));
    }

    private Meetings meetings(UUID root, int year, Set<UUID> inSubtree) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Instant now = clock.now();
        Instant upper = to.isBefore(now) ? to : now;
        Map<MeetingKind, Long> byKind = new LinkedHashMap<>();
        for (MeetingKind kind : MeetingKind.values()) {
            byKind.put(kind, 0L);
        }
        long held = 0;
        List<Object[]> rows = Meeting.getEntityManager().createQuery("""
                select m.organizationId, m.kind, count(m) from Meeting m
                where m.startsAt >= :from and m.startsAt < :to and m.startsAt <= :now
                group by m.organizationId, m.kind""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("now", upper).getResultList();
        for (Object[] row : rows) {
            if (inSubtree.contains((UUID) row[0])) {
                long count = ((Number) row[2]).longValue();
                byKind.merge((MeetingKind) row[1], count, Long::sum);
                held += count;
            }
        }
        long invited = 0;
        long present = 0;
        List<Object[]> attendance = Meeting.getEntityManager().createQuery("""
                select m.organizationId, count(i), sum(case when i.attendance = :present then 1 else 0 end)
                from Invitee i, Meeting m
                where m.id = i.meetingId and i.memberId is not null
                  and m.startsAt >= :from and m.startsAt < :to and m.startsAt <= :now
                group by m.organizationId""", Object[].class)
                .setParameter("present", AttendanceStatus.PRESENT).setParameter("from", from).setParameter("to", to)
                .setParameter("now", upper).getResultList();
        for (Object[] row : attendance) {
            if (inSubtree.contains((UUID) row[0])) {
                invited += ((Number) row[1]).longValue();
                present += row[2] == null ? 0 : ((Number) row[2]).longValue();
            }
        }
        return new Meetings(held, byKind, RatingRules.percent(present, invited));
    }

    private Tasks tasks(UUID root, int year, Set<UUID> inSubtree) {
        LocalDate today = clock.today();
        LocalDate endOfYear = LocalDate.of(year + 1, 1, 1);
        LocalDate cutoff = today.isBefore(endOfYear) ? today : endOfYear;
        List<Object[]> rows = FollowUpTask.getEntityManager().createQuery("""
                select t.leadOrganizationId, count(t),
                       sum(case when t.status = :done then 1 else 0 end),
                       sum(case when t.status <> :done and t.deadline < :cutoff then 1 else 0 end)
                from FollowUpTask t, MeetingDocument d
                where d.id = t.documentId and d.issuedOn >= :from and d.issuedOn < :to
                group by t.leadOrganizationId""", Object[].class)
                .setParameter("done", TaskStatus.DONE).setParameter("cutoff", cutoff)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", endOfYear).getResultList();
        long assigned = 0;
        long done = 0;
        long overdue = 0;
        for (Object[] row : rows) {
            if (inSubtree.contains((UUID) row[0])) {
                assigned += ((Number) row[1]).longValue();
                done += row[2] == null ? 0 : ((Number) row[2]).longValue();
                overdue += row[3] == null ? 0 : ((Number) row[3]).longValue();
            }
        }
        return new Tasks(assigned, done, overdue);
    }

    private BigInteger contributions(UUID root, int year, Set<UUID> inSubtree) {
        List<Object[]> rows = Contribution.getEntityManager().createQuery("""
                select c.organizationId, sum(c.amountDong) from Contribution c
                where c.contributedOn >= :from and c.contributedOn < :to
                group by c.organizationId""", Object[].class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
        BigInteger total = BigInteger.ZERO;
        for (Object[] row : rows) {
            if (inSubtree.contains((UUID) row[0])) {
                total = total.add(exact(row[1]));
            }
        }
        return total;
    }

    private static BigInteger exact(Object sum) {
        if (sum instanceof BigInteger b) {
            return b;
        }
        if (sum instanceof BigDecimal d) {
            return d.toBigIntegerExact();
        }
        return BigInteger.valueOf(((Number) sum).longValue());
    }
}
