package vn.party.events.compliance;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingKind;

/**
 * Which cells of a subtree missed their monthly cell meeting (each month) or their thematic meeting (each
 * quarter). A meeting counts for the month and quarter it was held in (in the presentation zone), so a May
 * meeting held on 2 June leaves May missing.
 *
 * <p>This service knows organizations by id only. The cells checked are the organizations below (or equal
 * to) the requested one that have ever scheduled a monthly or thematic meeting here, plus the ids the caller
 * names in {@code cells} (to catch cells that never scheduled one). Periods that have not ended yet are not
 * reported.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComplianceService {

    private static final List<MeetingKind> KINDS = List.of(MeetingKind.MONTHLY_CELL_MEETING, MeetingKind.THEMATIC_MEETING);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    OrganizationHierarchy hierarchy;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    public record CellGap(UUID organizationId, List<String> missingMonths, List<String> missingQuarters) {
    }

    public record Report(UUID organizationId, int year, int fromMonth, int toMonth, String checkedThrough,
            int cellsChecked, List<CellGap> cells) {
    }

    public Report report(UUID organizationId, int year, int fromMonth, int toMonth, Collection<UUID> namedCells) {
        if (toMonth < fromMonth) {
            throw ProblemException.invalidField("toMonth", "phải ≥ fromMonth (must be ≥ fromMonth)");
        }
        scopeGuard.requireRead(organizationId);
        Set<UUID> cells = new HashSet<>();
        for (UUID named : namedCells) {
            if (!inSubtree(named, organizationId)) {
                throw ProblemException.invalidField("cells",
                        "Tổ chức " + named + " không thuộc " + organizationId + " (not inside the organization's subtree)");
            }
            cells.add(named);
        }
        List<UUID> known = Meeting.getEntityManager().createQuery(
                        "select distinct m.organizationId from Meeting m where m.kind in :kinds", UUID.class)
                .setParameter("kinds", KINDS).getResultList();
        for (UUID candidate : known) {
            if (!cells.contains(candidate) && inSubtree(candidate, organizationId)) {
                cells.add(candidate);
            }
        }

        YearMonth first = YearMonth.of(year, fromMonth);
        YearMonth last = YearMonth.of(year, toMonth);
        YearMonth current = YearMonth.from(clock.today());
        YearMonth lastEnded = last.isBefore(current) ? last : current.minusMonths(1);
        // quarters touched by the range, widened to whole quarters for the thematic rule
        YearMonth quarterStart = YearMonth.of(year, (fromMonth - 1) / 3 * 3 + 1);
        YearMonth quarterEnd = YearMonth.of(year, (toMonth - 1) / 3 * 3 + 3);
        Instant from = quarterStart.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = quarterEnd.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();

        Map<UUID, Set<YearMonth>> monthly = new HashMap<>();
        Map<UUID, Set<Integer>> thematic = new HashMap<>();
        if (!cells.isEmpty()) {
            List<Object[]> rows = Meeting.getEntityManager().createQuery("""
                    select m.organizationId, m.kind, m.startsAt from Meeting m
                    where m.organizationId in :cells and m.kind in :kinds and m.startsAt >= :from and m.startsAt < :to""",
                    Object[].class)
                    .setParameter("cells", cells).setParameter("kinds", KINDS)
                    .setParameter("from", from).setParameter("to", to).getResultList();
            for (Object[] row : rows) {
                YearMonth held = YearMonth.from(((Instant) row[2]).atZone(zone));
                if (row[1] == MeetingKind.MONTHLY_CELL_MEETING) {
                    monthly.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add(held);
                } else {
                    thematic.computeIfAbsent((UUID) row[0], k -> new HashSet<>()).add(quarter(held));
                }
            }
        }

        List<CellGap> gaps = new ArrayList<>();
        for (UUID cell : new TreeSet<>(cells)) {
            List<String> missingMonths = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(lastEnded); month = month.plusMonths(1)) {
                if (!monthly.getOrDefault(cell, Set.of()).contains(month)) {
                    missingMonths.add(month.toString());
                }
            }
            List<String> missingQuarters = new ArrayList<>();
            for (int q = quarter(first); q <= quarter(last); q++) {
                YearMonth endOfQuarter = YearMonth.of(year, q * 3);
                if (endOfQuarter.isBefore(current) && !thematic.getOrDefault(cell, Set.of()).contains(q)) {
                    missingQuarters.add(year + "-Q" + q);
                }
            }
            if (!missingMonths.isEmpty() || !missingQuarters.isEmpty()) {
                gaps.add(new CellGap(cell, missingMonths, missingQuarters));
            }
        }
        String checkedThrough = lastEnded.isBefore(first) ? null : lastEnded.toString();
        return new Report(organizationId, year, fromMonth, toMonth, checkedThrough, cells.size(), gaps);
    }

    private boolean inSubtree(UUID candidate, UUID root) {
        return hierarchy.ancestry(candidate).map(chain -> chain.contains(root)).orElse(false);
    }

    private static int quarter(YearMonth month) {
        return (month.getMonthValue() - 1) / 3 + 1;
    }

}
