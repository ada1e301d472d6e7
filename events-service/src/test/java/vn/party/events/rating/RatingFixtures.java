package vn.party.events.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * Past years' approved ratings written straight to the database, for read-side fixtures too large to drive through
 * the API (31 members excellent five years running need 155 members rated good next to them each year). The rows are
 * shaped exactly as {@link RatingService} writes them ({@link RatingService#place}).
 */
@ApplicationScoped
public class RatingFixtures {

    /** One transaction for all of {@code members}. */
    @Transactional
    public void approvedMembers(UUID periodId, List<UUID> members, List<UUID> ancestry, RatingLevel level, String score,
            LocalDate decidedOn) {
        long policy = policy(decidedOn);
        for (UUID member : members) {
            approvedMember(periodId, member, ancestry, level, score, decidedOn, policy);
        }
    }

    /**
     * An organization's approved rating ({@code ancestry}: the organization first, the root last), with its
     * designation (null: none).
     */
    @Transactional
    public void approvedOrganization(UUID periodId, List<UUID> ancestry, RatingLevel level, String score,
            OrganizationDesignation designation, LocalDate decidedOn) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.periodId = periodId;
        rating.subjectKind = SubjectKind.ORGANIZATION;
        rating.organizationId = ancestry.get(0);
        rating.displayName = "Tổ chức " + ancestry.get(0).toString().substring(0, 8);
        RatingService.place(rating, ancestry);
        approved(rating, level, score, decidedOn, policy(decidedOn));
        rating.designation = designation;
        rating.persist();
    }

    private static long policy(LocalDate decidedOn) {
        return RatingPolicy.<RatingPolicy>find("effectiveFrom <= ?1", Sort.descending("effectiveFrom"), decidedOn)
                .firstResult().id;
    }

    private static void approved(Rating rating, RatingLevel level, String score, LocalDate decidedOn, long policy) {
        rating.stage = RatingStage.APPROVED;
        rating.proposedLevel = level;
        rating.proposedScore = new BigDecimal(score);
        rating.proposedBy = "fixture";
        rating.proposedAt = Instant.now();
        rating.approvedLevel = level;
        rating.approvedScore = new BigDecimal(score);
        rating.decidedOn = decidedOn;
        rating.approvedBy = "fixture";
        rating.approvedAt = Instant.now();
        rating.policyId = policy;
    }

    private void approvedMember(UUID periodId, UUID memberId, List<UUID> ancestry, RatingLevel level, String score,
            LocalDate decidedOn, long policy) {
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.periodId = periodId;
        rating.subjectKind = SubjectKind.MEMBER;
        rating.memberId = memberId;
        rating.organizationId = ancestry.get(0);
        rating.displayName = "Đảng viên " + memberId.toString().substring(0, 8);
        RatingService.place(rating, ancestry);
        approved(rating, level, score, decidedOn, policy);
        rating.persist();
    }
}
