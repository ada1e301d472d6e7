package vn.party.events.rating.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import vn.party.events.rating.OrganizationDesignation;
import vn.party.events.rating.PeriodKind;
import vn.party.events.rating.QuotaBase;
import vn.party.events.rating.Rating;
import vn.party.events.rating.RatingLevel;
import vn.party.events.rating.RatingPeriod;
import vn.party.events.rating.RatingPolicy;
import vn.party.events.rating.RatingStage;
import vn.party.events.rating.SubjectKind;

/** Response shapes of the rating API (entities never leave the service). Times at +07:00. */
public final class RatingViews {

    private RatingViews() {
    }

    public record PeriodView(UUID id, PeriodKind kind, String code, int year, Integer quarter, Integer termFromYear,
            LocalDate startsOn, LocalDate endsOn, long version) {
        public static PeriodView of(RatingPeriod p) {
            return new PeriodView(p.id, p.kind, p.code, p.year, p.quarter, p.termFromYear, p.startsOn, p.endsOn, p.version);
        }
    }

    public record PolicyView(long id, LocalDate effectiveFrom, String reference, BigDecimal excellentMin,
            BigDecimal goodMin, BigDecimal completedMin, int excellentQuotaPercent, QuotaBase excellentQuotaBase,
            String createdBy, Instant createdAt) {
        public static PolicyView of(RatingPolicy p) {
            return new PolicyView(p.id, p.effectiveFrom, p.reference, p.excellentMin, p.goodMin, p.completedMin,
                    p.excellentQuotaPercent, p.excellentQuotaBase, p.createdBy, p.createdAt);
        }
    }

    public record SelfAssessmentView(String text, RatingLevel level, String levelName, BigDecimal score, String by,
            OffsetDateTime at) {
    }

    public record ProposalView(RatingLevel level, String levelName, BigDecimal score, String text, String by,
            OffsetDateTime at) {
    }

    /** {@code designations}: [] or [CLEAN_AND_STRONG] or [CLEAN_AND_STRONG, EXEMPLARY]; designationName the highest. */
    public record ApprovalView(RatingLevel level, String levelName, BigDecimal score, LocalDate decidedOn,
            String decisionNumber, String note, long policyId, String by, OffsetDateTime at,
            List<OrganizationDesignation> designations, String designationName) {
    }

    public record RatingView(UUID id, UUID periodId, SubjectKind subjectKind, UUID memberId, UUID organizationId,
            String displayName, UUID grassrootsId, boolean subjectIsGrassroots, UUID proposingOrganizationId,
            UUID approvingOrganizationId, RatingStage stage, SelfAssessmentView selfAssessment, ProposalView proposal,
            ApprovalView approval, long version, OffsetDateTime createdAt) {

        public static RatingView of(Rating r, ZoneId zone) {
            return new RatingView(r.id, r.periodId, r.subjectKind, r.memberId, r.organizationId, r.displayName,
                    r.grassrootsId, r.subjectIsGrassroots, r.proposingOrganizationId, r.approvingOrganizationId, r.stage,
                    r.selfLevel == null ? null : new SelfAssessmentView(r.selfText, r.selfLevel,
                            r.selfLevel.vietnameseName(), r.selfScore, r.selfAssessedBy, at(r.selfAssessedAt, zone)),
                    r.proposedLevel == null ? null : new ProposalView(r.proposedLevel, r.proposedLevel.vietnameseName(),
                            r.proposedScore, r.proposalText, r.proposedBy, at(r.proposedAt, zone)),
                    r.approvedLevel == null ? null : new ApprovalView(r.approvedLevel, r.approvedLevel.vietnameseName(),
                            r.approvedScore, r.decidedOn, r.decisionNumber, r.approvalNote, r.policyId, r.approvedBy,
                            at(r.approvedAt, zone), r.designations(),
                            r.designation == null ? null : r.designation.vietnameseName()),
                    r.version, at(r.createdAt, zone));
        }
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
