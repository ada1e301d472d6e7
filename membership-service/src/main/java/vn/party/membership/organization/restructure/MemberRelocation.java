package vn.party.membership.organization.restructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.party.common.problem.ProblemException;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.changes.MemberEvents;

/**
 * Moves members from one organization to another on an effective date, in the caller's transaction: the
 * member's current organization changes (its optimistic-lock version goes up), its current affiliation is
 * closed on that date and a new one opened with the reason (MERGE, SPLIT, DISSOLVE). Plain SQL on the member
 * register, so it does not depend on the member module's entity.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MemberRelocation {

    /** Statuses of a member who still counts in an organization (dự bị, chính thức, miễn sinh hoạt, đình chỉ). */
    public static final List<String> ACTIVE_STATUSES = List.of("PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED");

    @Inject
    EntityManager entityManager;

    @Inject
    ChangeLog changeLog;

    /** The active members currently in the organization. */
    public List<UUID> activeMemberIds(UUID organizationId) {
        return entityManager.createNativeQuery(
                        "SELECT id FROM member WHERE organization_id = :organization AND status IN (:active) ORDER BY id",
                        UUID.class)
                .setParameter("organization", organizationId)
                .setParameter("active", ACTIVE_STATUSES)
                .getResultList();
    }

    /**
     * Moves the members to {@code target} from {@code effectiveOn}. A member whose current affiliation began on
     * that very day is re-pointed (same-day correction); one whose affiliation began later is refused (422).
     *
     * @return how many members moved
     */
    public int relocate(Collection<UUID> memberIds, UUID target, LocalDate effectiveOn, String reason) {
        if (memberIds.isEmpty()) {
            return 0;
        }
        List<UUID> later = entityManager.createNativeQuery("""
                        SELECT member_id FROM member_affiliation
                        WHERE member_id IN (:members) AND valid_to IS NULL AND valid_from > :day
                        ORDER BY member_id""", UUID.class)
                .setParameter("members", memberIds)
                .setParameter("day", effectiveOn)
                .getResultList();
        if (!later.isEmpty()) {
            throw ProblemException.ruleViolated("organization.effective-date-order",
                    "Đảng viên " + later + " sinh hoạt tại tổ chức hiện tại từ sau ngày hiệu lực " + effectiveOn
                            + " (these members joined their organization after the effective date)");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> origins = entityManager.createNativeQuery(
                        "SELECT id, organization_id FROM member WHERE id IN (:members)")
                .setParameter("members", memberIds)
                .getResultList();
        int moved = entityManager.createNativeQuery("""
                        UPDATE member SET organization_id = :target, version = version + 1, updated_at = now()
                        WHERE id IN (:members)""")
                .setParameter("target", target)
                .setParameter("members", memberIds)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        UPDATE member_affiliation SET valid_to = :day
                        WHERE member_id IN (:members) AND valid_to IS NULL AND valid_from < :day""")
                .setParameter("day", effectiveOn)
                .setParameter("members", memberIds)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        UPDATE member_affiliation SET organization_id = :target, reason = :reason
                        WHERE member_id IN (:members) AND valid_to IS NULL AND valid_from = :day""")
                .setParameter("target", target)
                .setParameter("reason", reason)
                .setParameter("members", memberIds)
                .setParameter("day", effectiveOn)
                .executeUpdate();
        entityManager.createNativeQuery("""
                        INSERT INTO member_affiliation (member_id, organization_id, valid_from, reason)
                        SELECT m.id, :target, :day, :reason FROM member m
                        WHERE m.id IN (:members)
                          AND NOT EXISTS (SELECT 1 FROM member_affiliation a WHERE a.member_id = m.id AND a.valid_to IS NULL)""")
                .setParameter("target", target)
                .setParameter("day", effectiveOn)
                .setParameter("reason", reason)
                .setParameter("members", memberIds)
                .executeUpdate();
        // one change-log row per member, with the organization each one left
        java.util.Map<UUID, List<UUID>> byOrigin = new java.util.LinkedHashMap<>();
        for (Object[] row : origins) {
            byOrigin.computeIfAbsent((UUID) row[1], origin -> new java.util.ArrayList<>()).add((UUID) row[0]);
        }
        byOrigin.forEach((origin, ids) -> changeLog.membersMoved(ids, origin, MemberEvents.RELOCATED, effectiveOn,
                java.util.Map.of("reason", reason, "fromOrganizationId", origin)));
        return moved;
    }
}
