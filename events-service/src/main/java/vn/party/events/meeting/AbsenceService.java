package vn.party.events.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;

/**
 * Members of a subtree absent without reason from the monthly cell meeting in at least N months of a year: the
 * attendance half of the removal-warning list (membership-service merges it with unpaid dues). Meetings are placed
 * in the subtree by their organization's current ancestry in membership, like the rest of events-service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AbsenceService {

    /**
     * bloc-admin always; these roles inside their subtree. Other services (membership's dues warnings) call with the
     * user's token, so no service role reads absences.
     */
    static final Set<String> READERS = Set.of(Roles.ORG_SECRETARY, Roles.INSPECTOR);
    public static final int DEFAULT_MIN_MONTHS = 3;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationHierarchy hierarchy;

    @ConfigProperty(name = "party.presentation-zone")
    ZoneId zone;

    public record Absences(UUID organizationId, int year, int minMonths, Page<AbsenceTally.MemberAbsences> members) {
    }

    public Absences absences(String organizationId, String year, String minMonths, PageRequest page) {
        UUID root = parseOrganization(organizationId);
        int y = parseInt("year", year, null, 1930, 2200);
        int min = parseInt("minMonths", minMonths, DEFAULT_MIN_MONTHS, 1, 12);
        scopeGuard.requireWithin(root, READERS);
        Instant from = LocalDate.of(y, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(y + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Object[]> rows = Meeting.getEntityManager().createQuery("""
                select i.memberId, m.organizationId, m.startsAt from Invitee i, Meeting m
                where m.id = i.meetingId and i.memberId is not null and i.attendance = :absent
                  and m.kind = :kind and m.startsAt >= :from and m.startsAt < :to""", Object[].class)
                .setParameter("absent", AttendanceStatus.ABSENT).setParameter("kind", MeetingKind.MONTHLY_CELL_MEETING)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Map<UUID, Boolean> inSubtree = new HashMap<>();
        List<AbsenceTally.Absence> absences = new ArrayList<>();
        for (Object[] row : rows) {
            UUID organization = (UUID) row[1];
            if (inSubtree.computeIfAbsent(organization,
                    o -> hierarchy.ancestry(o).map(chain -> chain.contains(root)).orElse(false))) {
                absences.add(new AbsenceTally.Absence((UUID) row[0], organization, (Instant) row[2]));
            }
        }
        List<AbsenceTally.MemberAbsences> found = AbsenceTally.tally(absences, zone, min);
        int start = Math.min(found.size(), page.offset());
        int end = Math.min(found.size(), start + page.size);
        return new Absences(root, y, min, Page.of(found.subList(start, end), page, found.size()));
    }

    private static UUID parseOrganization(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("organizationId", "không phải UUID (not a UUID)");
        }
    }

    private static int parseInt(String field, String value, Integer fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw ProblemException.invalidField(field, "bắt buộc (required)");
            }
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "phải là số nguyên (must be a whole number)");
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.invalidField(field, "từ " + min + " đến " + max + " (" + min + " to " + max + ")");
        }
        return parsed;
    }
}
