package vn.party.events.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.events.meeting.AttendanceStatus;
import vn.party.events.meeting.Invitee;
import vn.party.events.meeting.Meeting;
import vn.party.events.meeting.MeetingKind;

/**
 * Resolution-study coverage (học tập, quán triệt nghị quyết): over the RESOLUTION_STUDY meetings whose title
 * names the resolution (case-insensitive substring), held by organizations in the requested subtree, the
 * members studied = distinct invited members marked PRESENT at one of them, over the distinct invited members
 * (guests are not counted). A member invited to several sessions (e.g. a make-up session) counts once, as
 * studied if present at any. Meetings are counted whether or not they have started: a member invited to a
 * session not yet held has not studied yet.
 *
 * <p>The subtree is found as elsewhere in events-service: the organizations that held a matching meeting are
 * looked up in membership's ancestry and kept when it contains the requested organization. Percentages are
 * computed in integer arithmetic: tenths of a percent rounded half up, {@code (2000·present + invited) /
 * (2·invited)}, then shown with one decimal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudyCoverageService {

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationHierarchy hierarchy;

    public record OrganizationCoverage(UUID organizationId, int meetings, long invitedMembers, long presentMembers,
            long notPresentMembers, BigDecimal percent) {
    }

    public record Coverage(String resolution, UUID organizationId, int meetings, long invitedMembers,
            long presentMembers, long notPresentMembers, BigDecimal percent, List<OrganizationCoverage> organizations) {
    }

    public Coverage coverage(String resolution, UUID organizationId) {
        if (resolution == null || resolution.isBlank()) {
            throw ProblemException.invalidField("resolution", "bắt buộc (required)");
        }
        if (resolution.length() > 500) {
            throw ProblemException.invalidField("resolution", "tối đa 500 ký tự (at most 500 characters)");
        }
        if (organizationId == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc (required)");
        }
        scopeGuard.requireRead(organizationId);
        String name = resolution.trim();
        String pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<Object[]> meetings = Meeting.getEntityManager().createQuery(
                "select m.id, m.organizationId from Meeting m where m.kind = :kind "
                        + "and lower(m.title) like lower(:pattern) escape '\\'", Object[].class)
                .setParameter("kind", MeetingKind.RESOLUTION_STUDY).setParameter("pattern", pattern)
                .getResultList();

        Map<UUID, Boolean> inSubtree = new HashMap<>();
        Map<UUID, UUID> organizationOfMeeting = new HashMap<>();
        Map<UUID, Integer> meetingsPerOrganization = new TreeMap<>();
        for (Object[] row : meetings) {
            UUID meeting = (UUID) row[0];
            UUID organization = (UUID) row[1];
            boolean inside = inSubtree.computeIfAbsent(organization, o ->
                    hierarchy.ancestry(o).map(chain -> chain.contains(organizationId)).orElse(false));
            if (inside) {
                organizationOfMeeting.put(meeting, organization);
                meetingsPerOrganization.merge(organization, 1, Integer::sum);
            }
        }

        Map<UUID, Set<UUID>> invitedPerOrganization = new HashMap<>();
        Map<UUID, Set<UUID>> presentPerOrganization = new HashMap<>();
        Set<UUID> invited = new HashSet<>();
        Set<UUID> present = new HashSet<>();
        if (!organizationOfMeeting.isEmpty()) {
            List<Object[]> invitees = Invitee.getEntityManager().createQuery(
                    "select i.meetingId, i.memberId, i.attendance from Invitee i "
                            + "where i.meetingId in :meetings and i.memberId is not null", Object[].class)
                    .setParameter("meetings", organizationOfMeeting.keySet()).getResultList();
            for (Object[] row : invitees) {
                UUID organization = organizationOfMeeting.get((UUID) row[0]);
                UUID member = (UUID) row[1];
                invited.add(member);
                invitedPerOrganization.computeIfAbsent(organization, o -> new HashSet<>()).add(member);
                if (row[2] == AttendanceStatus.PRESENT) {
                    present.add(member);
                    presentPerOrganization.computeIfAbsent(organization, o -> new HashSet<>()).add(member);
                }
            }
        }

        List<OrganizationCoverage> organizations = new ArrayList<>();
        meetingsPerOrganization.forEach((organization, count) -> {
            long invitedHere = invitedPerOrganization.getOrDefault(organization, Set.of()).size();
            long presentHere = presentPerOrganization.getOrDefault(organization, Set.of()).size();
            organizations.add(new OrganizationCoverage(organization, count, invitedHere, presentHere,
                    invitedHere - presentHere, percent(presentHere, invitedHere)));
        });
        organizations.sort(Comparator.comparing(OrganizationCoverage::organizationId, Comparator.comparing(UUID::toString)));
        int meetingCount = organizationOfMeeting.size();
        return new Coverage(name, organizationId, meetingCount, invited.size(), present.size(),
                invited.size() - present.size(), percent(present.size(), invited.size()), organizations);
    }

    /** {@code present / invited} as a percentage with one decimal, rounded half up, in integer arithmetic. */
    static BigDecimal percent(long present, long invited) {
        if (invited == 0) {
            return null;
        }
        long tenths = (2000 * present + invited) / (2 * invited);
        return BigDecimal.valueOf(tenths, 1);
    }
}
