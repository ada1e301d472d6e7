package vn.party.events.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.events.commendation.membership.MemberAffiliations;

/**
 * Rating periods and the stages of a rating: self-assessment (the member themselves; an organization's secretary),
 * proposal (secretaries in scope of the proposing organization: a member's cell, an organization's parent) and the
 * approving level's decision (secretaries in scope of the approving organization: the subject's grassroots
 * organization, or the bloc for a grassroots organization; bloc-admin everywhere). The decision is checked against
 * the policy in force on its date: score within the level's band; for EXCELLENT, no discipline in force in the
 * period's years (inspection-service, 503 when it cannot answer) and, for members, the grassroots organization's
 * quota. Every change is audited in its transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RatingService {

    static final String AUDIT_TYPE = "rating";
    static final String AUDIT_TYPE_PERIOD = "rating-period";
    public static final String RULE_ROOT_NOT_RATED = "rating.root-not-rated";

    static final String REQUIRED = "bắt buộc (required)";
    static final String SCORE = "từ 0 đến 100, tối đa 2 chữ số thập phân (0 to 100, at most two decimals)";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    OrganizationHierarchy hierarchy;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @Inject
    RatingPolicyService policies;

    @Inject
    DisciplineChecks discipline;

    @Inject
    MemberAffiliations affiliations;

    public record NewPeriod(
            @NotNull(message = REQUIRED)
            PeriodKind kind,
            @NotNull(message = REQUIRED)
            @Min(value = 1930, message = "từ 1930 đến 2200 (1930 to 2200)")
            @Max(value = 2200, message = "từ 1930 đến 2200 (1930 to 2200)")
            Integer year,
            @Min(value = 1, message = "từ 1 đến 4 (1 to 4)") @Max(value = 4, message = "từ 1 đến 4 (1 to 4)")
            Integer quarter,
            @Min(value = 1930, message = "từ 1930 đến 2200 (1930 to 2200)")
            @Max(value = 2200, message = "từ 1930 đến 2200 (1930 to 2200)")
            Integer termFromYear) {
    }

    /** A member may omit {@code memberId} and {@code organizationId} for themselves (their token's). */
    public record Create(
            @NotNull(message = REQUIRED)
            UUID periodId,
            @NotNull(message = REQUIRED)
            SubjectKind subjectKind,
            UUID memberId,
            UUID organizationId,
            @Size(max = 200, message = "tối đa 200 ký tự (at most 200 characters)")
            String displayName) {
    }

    public record SelfAssessment(
            @NotNull(message = REQUIRED)
            Long version,
            @NotBlank(message = REQUIRED)
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String text,
            @NotNull(message = REQUIRED)
            RatingLevel level,
            @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal score) {
    }

    public record Proposal(
            @NotNull(message = REQUIRED)
            Long version,
            @NotNull(message = REQUIRED)
            RatingLevel level,
            @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal score,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String text) {
    }

    /**
     * {@code decidedOn} defaults to today (Asia/Ho_Chi_Minh); the policy in force that day applies.
     * {@code designations} names an organization approved EXCELLENT {@code CLEAN_AND_STRONG} and possibly also
     * {@code EXEMPLARY}; {@code []} names it nothing; left out, an EXCELLENT organization is CLEAN_AND_STRONG as
     * before designations existed ({@link RatingRules#designation}).
     */
    public record Approval(
            @NotNull(message = REQUIRED)
            Long version,
            @NotNull(message = REQUIRED)
            RatingLevel level,
            @NotNull(message = REQUIRED)
            @Digits(integer = 3, fraction = 2, message = SCORE)
            @DecimalMin(value = "0", message = SCORE) @DecimalMax(value = "100", message = SCORE)
            BigDecimal score,
            LocalDate decidedOn,
            @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String note,
            @Size(max = 2, message = "tối đa 2: CLEAN_AND_STRONG, EXEMPLARY (at most the two designations)")
            Set<@NotNull(message = "CLEAN_AND_STRONG hoặc EXEMPLARY (CLEAN_AND_STRONG or EXEMPLARY)")
                    OrganizationDesignation> designations) {
    }

    // ---------------------------------------------------------------- periods

    public RatingPeriod createPeriod(@NotNull @Valid NewPeriod request) {
        RatingPeriod period = new RatingPeriod();
        period.id = UUID.randomUUID();
        period.kind = request.kind();
        period.year = request.year();
        switch (request.kind()) {
            case YEAR -> {
                refuse(request.quarter(), "quarter", "chỉ dùng với QUARTER (only for QUARTER)");
                refuse(request.termFromYear(), "termFromYear", "chỉ dùng với TERM (only for TERM)");
                period.code = String.valueOf(request.year());
                period.startsOn = LocalDate.of(request.year(), 1, 1);
                period.endsOn = LocalDate.of(request.year(), 12, 31);
            }
            case QUARTER -> {
                if (request.quarter() == null) {
                    throw ProblemException.invalidField("quarter", "bắt buộc với QUARTER (required for QUARTER)");
                }
                refuse(request.termFromYear(), "termFromYear", "chỉ dùng với TERM (only for TERM)");
                period.quarter = request.quarter();
                period.code = request.year() + "-Q" + request.quarter();
                period.startsOn = LocalDate.of(request.year(), (request.quarter() - 1) * 3 + 1, 1);
                period.endsOn = period.startsOn.plusMonths(3).minusDays(1);
            }
            case TERM -> {
                if (request.termFromYear() == null) {
                    throw ProblemException.invalidField("termFromYear", "bắt buộc với TERM (required for TERM)");
                }
                refuse(request.quarter(), "quarter", "chỉ dùng với QUARTER (only for QUARTER)");
                if (request.termFromYear() >= request.year() || request.year() - request.termFromYear() > 10) {
                    throw ProblemException.invalidField("termFromYear",
                            "phải trước year, nhiệm kỳ tối đa 10 năm (before year, a term of at most 10 years)");
                }
                period.termFromYear = request.termFromYear();
                period.code = request.termFromYear() + "-" + request.year();
                period.startsOn = LocalDate.of(request.termFromYear(), 1, 1);
                period.endsOn = LocalDate.of(request.year(), 12, 31);
            }
        }
        if (RatingPeriod.count("code", period.code) > 0) {
            throw ProblemException.conflict("Kỳ xếp loại " + period.code + " đã có (the period already exists)");
        }
        period.persist();
        RatingPeriod.flush();
        auditTrail.created(AUDIT_TYPE_PERIOD, period.id, period.auditState());
        return period;
    }

    private static void refuse(Integer value, String field, String message) {
        if (value != null) {
            throw ProblemException.invalidField(field, message);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingPeriod period(@NotNull UUID id) {
        return RatingPeriod.<RatingPeriod>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Kỳ xếp loại", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RatingPeriod> periods(Integer year) {
        Sort sort = Sort.descending("year").and("kind").and("code");
        return year == null ? RatingPeriod.listAll(sort) : RatingPeriod.list("year", sort, year);
    }

    // ---------------------------------------------------------------- stages

    public Rating create(@NotNull @Valid Create request) {
        RatingPeriod period = period(request.periodId());
        Caller caller = callerContext.caller();
        UUID memberId = request.memberId();
        UUID organizationId = request.organizationId();
        if (request.subjectKind() == SubjectKind.MEMBER) {
            boolean self = caller.hasRole(Roles.MEMBER) && caller.memberId().isPresent()
                    && (memberId == null || memberId.equals(caller.memberId().get()));
            if (self) {
                memberId = caller.memberId().get();
                UUID own = caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                        "Token không có tổ chức của đảng viên (your token carries no organization)"));
                if (organizationId != null && !organizationId.equals(own)) {
                    throw ProblemException.invalidField("organizationId",
                            "phải là chi bộ của bạn " + own + " (must be your own organization)");
                }
                organizationId = own;
            } else {
                if (memberId == null) {
                    throw ProblemException.invalidField("memberId", REQUIRED);
                }
                if (organizationId == null) {
                    throw ProblemException.invalidField("organizationId", REQUIRED);
                }
                scopeGuard.requireWrite(organizationId);
                // the organization in scope is not enough: the member must be one of its own (their cell rates them)
                affiliations.requireMemberOf(memberId, organizationId, "memberId");
            }
        } else {
            if (memberId != null) {
                throw ProblemException.invalidField("memberId",
                        "không dùng khi xếp loại tổ chức (not for an ORGANIZATION subject)");
            }
            if (organizationId == null) {
                throw ProblemException.invalidField("organizationId", REQUIRED);
            }
            scopeGuard.requireWrite(organizationId);
        }
        UUID subjectOrganization = organizationId;
        List<UUID> ancestry = hierarchy.ancestry(subjectOrganization).orElseThrow(() -> ProblemException.ruleViolated(
                RatingRules.RULE_SUBJECT_UNKNOWN, "Tổ chức " + subjectOrganization
                        + " không có trong cây tổ chức (unknown to membership-service)"));
        if (request.subjectKind() == SubjectKind.ORGANIZATION && ancestry.size() < 2) {
            throw ProblemException.ruleViolated(RULE_ROOT_NOT_RATED, "Đảng bộ cấp trên cùng do cấp tỉnh xếp loại, "
                    + "không xếp loại ở đây (the top organization is rated by the province, not here)");
        }
        boolean exists = request.subjectKind() == SubjectKind.MEMBER
                ? Rating.count("periodId = ?1 and subjectKind = ?2 and memberId = ?3", period.id, SubjectKind.MEMBER,
                        memberId) > 0
                : Rating.count("periodId = ?1 and subjectKind = ?2 and organizationId = ?3", period.id,
                        SubjectKind.ORGANIZATION, subjectOrganization) > 0;
        if (exists) {
            throw ProblemException.conflict("Đối tượng đã có phiếu xếp loại kỳ " + period.code
                    + " (the subject already has a rating for this period)");
        }
        Rating rating = new Rating();
        rating.id = UUID.randomUUID();
        rating.periodId = period.id;
        rating.subjectKind = request.subjectKind();
        rating.memberId = memberId;
        rating.organizationId = subjectOrganization;
        rating.displayName = request.displayName() == null || request.displayName().isBlank() ? null
                : request.displayName().trim();
        place(rating, ancestry);
        rating.stage = RatingStage.CREATED;
        rating.persist();
        Rating.flush();
        auditTrail.created(AUDIT_TYPE, rating.id, rating.auditState());
        return rating;
    }

    /**
     * Derives the levels from the chain: grassroots organizations sit directly under the bloc committee (the root),
     * so the grassroots organization of anything is the chain's element just below the root.
     */
    static void place(Rating rating, List<UUID> ancestry) {
        int n = ancestry.size();
        UUID root = ancestry.get(n - 1);
        rating.ancestry = ancestry.toArray(new UUID[0]);
        rating.grassrootsId = n >= 2 ? ancestry.get(n - 2) : null;
        if (rating.subjectKind == SubjectKind.MEMBER) {
            rating.subjectIsGrassroots = false;
            rating.proposingOrganizationId = ancestry.get(0);
            rating.approvingOrganizationId = rating.grassrootsId != null ? rating.grassrootsId : root;
        } else {
            rating.subjectIsGrassroots = n == 2;
            rating.proposingOrganizationId = ancestry.get(1);
            rating.approvingOrganizationId = rating.subjectIsGrassroots ? root : rating.grassrootsId;
        }
    }

    public Rating selfAssess(@NotNull UUID id, @NotNull @Valid SelfAssessment request) {
        Rating rating = find(id);
        Caller caller = callerContext.caller();
        boolean allowed = rating.subjectKind == SubjectKind.MEMBER
                ? caller.memberId().filter(rating.memberId::equals).isPresent()
                : caller.isBlocAdmin() || (caller.hasRole(Roles.ORG_SECRETARY)
                        && caller.organizationId().filter(rating.organizationId::equals).isPresent());
        if (!allowed) {
            throw ProblemException.forbidden(rating.subjectKind == SubjectKind.MEMBER
                    ? "Chỉ đảng viên tự đánh giá bản thân (only the member assesses themselves)"
                    : "Chỉ bí thư của chính tổ chức tự đánh giá (only the organization's own secretary self-assesses)");
        }
        if (rating.stage != RatingStage.CREATED && rating.stage != RatingStage.SELF_ASSESSED) {
            throw ProblemException.ruleViolated(RatingRules.RULE_STAGE_ORDER, "Đã có đề xuất xếp loại, không sửa "
                    + "được bản tự đánh giá (the self-assessment closes once a proposal is made; stage " + rating.stage
                    + ")");
        }
        rating.requireVersion(request.version());
        BigDecimal score = scale(request.score());
        RatingRules.requireScoreInBand(policies.requireInForceOn(today()).thresholds(), request.level(), score);
        Map<String, Object> before = rating.auditState();
        rating.selfText = request.text().trim();
        rating.selfLevel = request.level();
        rating.selfScore = score;
        rating.selfAssessedBy = caller.name();
        rating.selfAssessedAt = clock.now();
        rating.stage = RatingStage.SELF_ASSESSED;
        touch(rating);
        auditTrail.recorded("SELF_ASSESSMENT", AUDIT_TYPE, rating.id, AuditTrail.diff(before, rating.auditState()));
        return rating;
    }

    public Rating propose(@NotNull UUID id, @NotNull @Valid Proposal request) {
        Rating rating = find(id);
        scopeGuard.requireWrite(rating.proposingOrganizationId);
        if (rating.stage == RatingStage.APPROVED) {
            throw ProblemException.ruleViolated(RatingRules.RULE_STAGE_ORDER,
                    "Đã phê duyệt, không đề xuất lại được (already approved)");
        }
        rating.requireVersion(request.version());
        BigDecimal score = scale(request.score());
        RatingRules.requireScoreInBand(policies.requireInForceOn(today()).thresholds(), request.level(), score);
        Map<String, Object> before = rating.auditState();
        rating.proposedLevel = request.level();
        rating.proposedScore = score;
        rating.proposalText = request.text() == null || request.text().isBlank() ? null : request.text().trim();
        rating.proposedBy = callerContext.caller().name();
        rating.proposedAt = clock.now();
        rating.stage = RatingStage.PROPOSED;
        touch(rating);
        auditTrail.recorded("PROPOSAL", AUDIT_TYPE, rating.id, AuditTrail.diff(before, rating.auditState()));
        return rating;
    }

    public Rating approve(@NotNull UUID id, @NotNull @Valid Approval request) {
        Rating rating = find(id);
        scopeGuard.requireWrite(rating.approvingOrganizationId);
        if (rating.stage == RatingStage.APPROVED) {
            throw ProblemException.ruleViolated(RatingRules.RULE_STAGE_ORDER,
                    "Đã phê duyệt; quyết định là cuối cùng (already approved; the decision is final)");
        }
        if (rating.stage != RatingStage.PROPOSED) {
            throw ProblemException.ruleViolated(RatingRules.RULE_STAGE_ORDER, "Chưa có đề xuất của " + (rating.subjectKind
                    == SubjectKind.MEMBER ? "chi bộ" : "cấp ủy cấp trên") + " (approval needs a proposal first; stage "
                    + rating.stage + ")");
        }
        rating.requireVersion(request.version());
        RatingPeriod period = period(rating.periodId);
        LocalDate decidedOn = request.decidedOn() != null ? request.decidedOn() : today();
        if (decidedOn.isBefore(period.startsOn) || decidedOn.isAfter(today())) {
            throw ProblemException.ruleViolated(RatingRules.RULE_DECISION_DATE, "Ngày quyết định " + decidedOn
                    + " phải từ " + period.startsOn + " đến hôm nay (the decision date must be within the period's "
                    + "start and today)");
        }
        RatingPolicy policy = policies.requireInForceOn(decidedOn);
        RatingRules.Thresholds thresholds = policy.thresholds();
        BigDecimal score = scale(request.score());
        RatingRules.requireScoreInBand(thresholds, request.level(), score);
        OrganizationDesignation designation = RatingRules.designation(rating.subjectKind, request.level(),
                request.designations());
        if (request.level() == RatingLevel.EXCELLENT) {
            requireNotDisciplined(rating, period);
            if (rating.subjectKind == SubjectKind.MEMBER) {
                requireQuota(rating, period, thresholds);
            }
        }
        Map<String, Object> before = rating.auditState();
        rating.approvedLevel = request.level();
        rating.approvedScore = score;
        rating.decidedOn = decidedOn;
        rating.decisionNumber = request.decisionNumber() == null || request.decisionNumber().isBlank() ? null
                : request.decisionNumber().trim();
        rating.approvalNote = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        rating.approvedBy = callerContext.caller().name();
        rating.approvedAt = clock.now();
        rating.policyId = policy.id;
        rating.designation = designation;
        rating.stage = RatingStage.APPROVED;
        touch(rating);
        auditTrail.recorded("APPROVAL", AUDIT_TYPE, rating.id, AuditTrail.diff(before, rating.auditState()));
        return rating;
    }

    /**
     * DOMAIN: a member disciplined in the year cannot be excellent; nor an organization if any subordinate unit or
     * leadership (committee) member was.
     */
    private void requireNotDisciplined(Rating rating, RatingPeriod period) {
        for (int year = period.startsOn.getYear(); year <= period.endsOn.getYear(); year++) {
            List<vn.party.contracts.discipline.DisciplineDecision> decisions = rating.subjectKind == SubjectKind.MEMBER
                    ? discipline.againstMember(rating.approvingOrganizationId, rating.memberId, year)
                    : discipline.againstOrganizationOrItsLeaders(rating.organizationId, year);
            if (!decisions.isEmpty()) {
                vn.party.contracts.discipline.DisciplineDecision first = decisions.get(0);
                throw ProblemException.ruleViolated(RatingRules.RULE_DISCIPLINED_EXCELLENT, (rating.subjectKind
                        == SubjectKind.MEMBER ? "Đảng viên bị kỷ luật" : "Tổ chức, đơn vị trực thuộc hoặc cấp ủy viên bị kỷ luật")
                        + " trong năm " + year + " (quyết định " + (first.decisionNumber() == null ? first.caseId()
                        : first.decisionNumber()) + ", " + first.form() + "): không được xếp loại Hoàn thành xuất sắc "
                        + "nhiệm vụ (disciplined in " + year + ": cannot be rated EXCELLENT)");
            }
        }
    }

    /**
     * DOMAIN: excellent members ≤ quota % of those rated good in a grassroots organization (the policy's percent and
     * base). Approvals of EXCELLENT in one grassroots organization and period are serialised with a transaction
     * advisory lock, so two concurrent approvals cannot both take the last place.
     */
    private void requireQuota(Rating rating, RatingPeriod period, RatingRules.Thresholds thresholds) {
        String key = "rating-quota:" + period.id + ":" + rating.approvingOrganizationId;
        Rating.getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                .setParameter(1, key).getSingleResult();
        List<Object[]> rows = Rating.getEntityManager().createQuery("""
                select r.approvedLevel, count(r) from Rating r
                where r.periodId = :period and r.subjectKind = :member and r.approvingOrganizationId = :org
                  and r.stage = :approved and r.approvedLevel in :levels and r.id <> :self
                group by r.approvedLevel""", Object[].class)
                .setParameter("period", period.id).setParameter("member", SubjectKind.MEMBER)
                .setParameter("org", rating.approvingOrganizationId).setParameter("approved", RatingStage.APPROVED)
                .setParameter("levels", List.of(RatingLevel.EXCELLENT, RatingLevel.GOOD)).setParameter("self", rating.id)
                .getResultList();
        long excellent = 0;
        long good = 0;
        for (Object[] row : rows) {
            if (row[0] == RatingLevel.EXCELLENT) {
                excellent = ((Number) row[1]).longValue();
            } else {
                good = ((Number) row[1]).longValue();
            }
        }
        if (!RatingRules.quotaAllows(thresholds, excellent + 1, good)) {
            throw ProblemException.ruleViolated(RatingRules.RULE_EXCELLENT_QUOTA, "Vượt tỷ lệ Hoàn thành xuất sắc: "
                    + "đã có " + excellent + " đảng viên HTXSNV, " + good + " HTTNV trong tổ chức cơ sở "
                    + rating.approvingOrganizationId + "; tối đa " + thresholds.excellentQuotaPercent() + "% số "
                    + (thresholds.excellentQuotaBase() == QuotaBase.GOOD ? "HTTNV" : "HTTNV trở lên") + " = "
                    + RatingRules.quotaLimit(thresholds, good) + " (excellent members would exceed "
                    + thresholds.excellentQuotaPercent() + "% of those rated " + thresholds.excellentQuotaBase()
                    + " in the grassroots organization)");
        }
    }

    // ---------------------------------------------------------------- reads

    /** The member themselves, or readers in scope of the subject's organization. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Rating get(@NotNull UUID id) {
        Rating rating = find(id);
        Caller caller = callerContext.caller();
        if (rating.memberId != null && caller.memberId().filter(rating.memberId::equals).isPresent()) {
            return rating;
        }
        if (caller.hasRole(Roles.MEMBER) && !caller.isBlocAdmin() && !caller.hasRole(Roles.ORG_SECRETARY)
                && !caller.hasRole(Roles.INSPECTOR) && !caller.hasRole(Roles.INTEGRATION)) {
            throw ProblemException.forbidden("Chỉ xem được phiếu xếp loại của chính mình (you can only see your own rating)");
        }
        scopeGuard.requireRead(rating.organizationId);
        return rating;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rating> mine(Integer year) {
        UUID memberId = callerContext.caller().memberId().orElseThrow(() -> ProblemException.forbidden(
                "Chỉ đảng viên có phiếu xếp loại của mình (only a member has their own ratings)"));
        if (year == null) {
            return Rating.list("memberId = ?1 order by createdAt desc, id", memberId);
        }
        return Rating.list("memberId = ?1 and periodId in (select p.id from RatingPeriod p where p.year = ?2) "
                + "order by createdAt desc, id", memberId, year);
    }

    Rating find(UUID id) {
        return Rating.<Rating>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Phiếu xếp loại", id));
    }

    private void touch(Rating rating) {
        rating.updatedAt = clock.now();
        Rating.flush();
    }

    private static BigDecimal scale(BigDecimal score) {
        return score == null ? null : score.setScale(2, RoundingMode.UNNECESSARY);
    }

    LocalDate today() {
        return clock.today();
    }
}
