package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.events.commendation.domain.BadgeRules;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.RecipientKind;
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.commendation.policy.CommendationPolicy;
import vn.party.events.commendation.policy.PolicyService;
import vn.party.replica.OrganizationPeriod;

/**
 * Commendation decisions and their reads. A decision of a level of the tree (cell, grassroots, bloc) is recorded by
 * secretaries in scope of the deciding organization, for recipients at or below it; a decision of the province or
 * the State by bloc-admin. Every decision is checked against the policy in force on its date (which level may grant
 * which form) and, for party badges, against the member's seniority. Every change is audited in its transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class CommendationService {

    static final String AUDIT_TYPE = "commendation";
    static final String REQUIRED = "bắt buộc (required)";

    public static final String RULE_FORM_NOT_ALLOWED = "commendation.form-not-allowed-for-level";
    public static final String RULE_ISSUER_LEVEL_MISMATCH = "commendation.issuer-level-mismatch";
    public static final String RULE_RECIPIENT_OUTSIDE_ISSUER = "commendation.recipient-outside-issuer";
    public static final String RULE_RECIPIENT_UNKNOWN = "commendation.recipient-unknown";
    public static final String RULE_RECIPIENT_NOT_ACTIVE = "commendation.recipient-not-active";
    public static final String RULE_BADGE_MEMBERS_ONLY = "commendation.badge-members-only";
    public static final String RULE_BADGE_MILESTONE_UNKNOWN = "commendation.badge-milestone-unknown";
    public static final String RULE_BADGE_NOT_REACHED = "commendation.badge-milestone-not-reached";
    public static final String RULE_BADGE_ALREADY_HELD = "commendation.badge-already-held";
    public static final String RULE_DECISION_IN_FUTURE = "commendation.decision-in-future";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyService policies;

    @Inject
    MembershipDirectory directory;

    @Inject
    TreeOrganizations organizations;

    @Inject
    OrganizationSubtree subtree;

    /** Exactly one of {@code memberId} (a member) or {@code organizationId} (a collective). */
    public record RecipientRequest(UUID memberId, UUID organizationId) {
    }

    public record Record(
            @NotNull(message = REQUIRED) CommendationForm form,
            @NotNull(message = REQUIRED) IssuingLevel issuingLevel,
            UUID issuingOrganizationId,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String issuingOrganizationName,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate decisionDate,
            @NotBlank(message = REQUIRED) @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String reason,
            @Min(value = 1, message = "từ 1 đến 120 năm (1 to 120 years)")
            @Max(value = 120, message = "từ 1 đến 120 năm (1 to 120 years)")
            Integer badgeMilestone,
            @NotEmpty(message = REQUIRED) @Size(max = 500, message = "tối đa 500 người nhận (at most 500 recipients)")
            List<@NotNull(message = REQUIRED) RecipientRequest> recipients) {
    }

    /** What a decision says, whoever records it (directly, or by approving a proposal). */
    record Decision(CommendationForm form, IssuingLevel level, UUID issuingOrganizationId, String issuingOrganizationName,
            String decisionNumber, LocalDate decisionDate, String reason, Integer badgeMilestone, UUID proposalId) {
    }

    public List<Commendation> record(@NotNull @Valid Record request) {
        List<RecipientRequest> recipients = checkRecipients(request.recipients());
        String issuerName = request.issuingOrganizationName() == null || request.issuingOrganizationName().isBlank()
                ? null : request.issuingOrganizationName().trim();
        if (request.issuingLevel().inTree()) {
            if (request.issuingOrganizationId() == null) {
                throw ProblemException.invalidField("issuingOrganizationId", "bắt buộc với cấp " + request.issuingLevel()
                        + " (required for a level of the tree)");
            }
            scopeGuard.requireWrite(request.issuingOrganizationId());
        } else {
            requireBlocAdminFor(request.issuingLevel());
            if (request.issuingOrganizationId() != null) {
                throw ProblemException.invalidField("issuingOrganizationId", "chỉ dùng cho cấp chi bộ, cơ sở, Khối "
                        + "(only for CELL, GRASSROOTS, BLOC; give issuingOrganizationName)");
            }
            if (issuerName == null) {
                throw ProblemException.invalidField("issuingOrganizationName", REQUIRED);
            }
        }
        Decision decision = new Decision(request.form(), request.issuingLevel(), request.issuingOrganizationId(),
                issuerName, request.decisionNumber().trim(), request.decisionDate(), request.reason().trim(),
                request.badgeMilestone(), null);
        return grant(decision, recipients);
    }

    void requireBlocAdminFor(IssuingLevel level) {
        if (!callerContext.caller().isBlocAdmin()) {
            throw ProblemException.forbidden("Quyết định cấp " + level.vietnameseName() + " (" + level
                    + ") do Văn phòng Đảng ủy Khối ghi nhận (only bloc-admin records decisions from outside the tree)");
        }
    }

    /** Recipients: exactly one id each, no duplicates. */
    static List<RecipientRequest> checkRecipients(List<RecipientRequest> recipients) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            RecipientRequest r = recipients.get(i);
            if ((r.memberId() == null) == (r.organizationId() == null)) {
                throw ProblemException.invalidField("recipients[" + i + "]",
                        "cần đúng một trong memberId, organizationId (exactly one of memberId, organizationId)");
            }
            if (!seen.add(r.memberId() != null ? r.memberId() : r.organizationId())) {
                throw ProblemException.invalidField("recipients[" + i + "]", "người nhận bị lặp (duplicate recipient)");
            }
        }
        return recipients;
    }

    /** Checks the decision against the policy in force and writes one commendation per recipient (all or nothing). */
    List<Commendation> grant(Decision decision, List<RecipientRequest> recipients) {
        if (decision.decisionDate().isAfter(today())) {
            throw ProblemException.ruleViolated(RULE_DECISION_IN_FUTURE, "Ngày quyết định " + decision.decisionDate()
                    + " sau hôm nay (a decision date cannot be in the future)");
        }
        CommendationPolicy policy = policies.on(decision.decisionDate());
        requireAllowed(policy, decision.form(), decision.level());
        BadgeRules.Milestone milestone = requireBadgeMilestone(policy, decision.form(), decision.badgeMilestone(),
                recipients.stream().anyMatch(r -> r.organizationId() != null));
        String issuerName = decision.issuingOrganizationName();
        if (decision.level().inTree()) {
            OrganizationPeriod issuer = organizations.deciding(decision.issuingOrganizationId(), decision.level(),
                    "issuing");
            issuerName = issuerName == null ? issuer.name() : issuerName;
        }
        List<Commendation> written = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            written.add(grantOne(decision, issuerName, milestone, recipients.get(i), i));
        }
        return written;
    }

    static void requireAllowed(CommendationPolicy policy, CommendationForm form, IssuingLevel level) {
        if (!policy.allows(form, level)) {
            throw ProblemException.ruleViolated(RULE_FORM_NOT_ALLOWED, "Cấp " + level.vietnameseName() + " (" + level
                    + ") không được khen thưởng hình thức " + form.vietnameseName() + " (" + form + "); theo quy định "
                    + "hiệu lực từ " + policy.effectiveFrom + " chỉ cấp " + policy.levelsFor(form)
                    + " (this level may not grant this form)");
        }
    }

    /** For a badge: the policy's milestone (members only); for other forms no milestone may be given. */
    static BadgeRules.Milestone requireBadgeMilestone(CommendationPolicy policy, CommendationForm form, Integer years,
            boolean hasOrganizationRecipient) {
        if (!form.isBadge()) {
            if (years != null) {
                throw ProblemException.invalidField("badgeMilestone", "chỉ dùng cho Huy hiệu Đảng (only for HUY_HIEU_DANG)");
            }
            return null;
        }
        if (years == null) {
            throw ProblemException.invalidField("badgeMilestone", "bắt buộc với Huy hiệu Đảng (required for HUY_HIEU_DANG)");
        }
        if (hasOrganizationRecipient) {
            throw ProblemException.ruleViolated(RULE_BADGE_MEMBERS_ONLY,
                    "Huy hiệu Đảng chỉ tặng đảng viên (the party badge goes to members, not organizations)");
        }
        return policy.milestone(years).orElseThrow(() -> ProblemException.ruleViolated(RULE_BADGE_MILESTONE_UNKNOWN,
                "Không có mốc Huy hiệu " + years + " năm tuổi Đảng; các mốc: " + policy.badgeMilestones().stream()
                        .map(BadgeRules.Milestone::years).toList() + " (not a badge milestone of the policy)"));
    }

    private Commendation grantOne(Decision decision, String issuerName, BadgeRules.Milestone milestone,
            RecipientRequest recipient, int index) {
        Commendation c = new Commendation();
        c.id = UUID.randomUUID();
        c.form = decision.form();
        c.issuingLevel = decision.level();
        c.issuingOrganizationId = decision.issuingOrganizationId();
        c.issuingOrganizationName = issuerName;
        c.decisionNumber = decision.decisionNumber();
        c.decisionDate = decision.decisionDate();
        c.reason = decision.reason();
        c.proposalId = decision.proposalId();
        c.recordedBy = callerContext.caller().name();
        if (recipient.memberId() != null) {
            // unknown and outside the caller's scope answer alike: a refusal must not confirm that a member exists
            SeniorityFacts member = directory.visibleMember(recipient.memberId())
                    .orElseThrow(() -> ProblemException.ruleViolated(RULE_RECIPIENT_UNKNOWN, "recipients[" + index
                            + "]: đảng viên không tồn tại hoặc ngoài phạm vi của bạn (unknown member, or outside your "
                            + "scope)"));
            if (member.status() == null || !member.status().isActive()) {
                throw ProblemException.ruleViolated(RULE_RECIPIENT_NOT_ACTIVE, "recipients[" + index + "]: "
                        + member.fullName() + " không còn sinh hoạt đảng (status " + member.status() + ")");
            }
            c.recipientKind = RecipientKind.MEMBER;
            c.memberId = member.memberId();
            c.recipientName = member.fullName();
            c.organizationId = member.organizationId();
            if (milestone != null) {
                c.badgeMilestone = milestone.years();
                c.badgeEarly = requireBadgeAwardable(member, milestone, decision.decisionDate(), index);
            }
        } else {
            OrganizationPeriod organization = organizations.today(recipient.organizationId())
                    .orElseThrow(() -> ProblemException.ruleViolated(RULE_RECIPIENT_UNKNOWN, "recipients[" + index
                            + "]: tổ chức " + recipient.organizationId() + " không tồn tại (unknown organization)"));
            c.recipientKind = RecipientKind.ORGANIZATION;
            c.recipientName = organization.name();
            c.organizationId = organization.id();
            c.organizationType = organization.type();
        }
        if (decision.level().inTree() && !subtree.contains(decision.issuingOrganizationId(), c.organizationId)) {
            throw ProblemException.ruleViolated(RULE_RECIPIENT_OUTSIDE_ISSUER, "recipients[" + index + "]: "
                    + c.recipientName + " không thuộc tổ chức ra quyết định (not at or below the issuing organization)");
        }
        c.persist();
        Commendation.flush();
        auditTrail.created(AUDIT_TYPE, c.id, c.auditState());
        return c;
    }

    /** The milestone is reached by the decision date (or, seriously ill, within its early window) and not yet held. */
    private boolean requireBadgeAwardable(SeniorityFacts member, BadgeRules.Milestone milestone,
            LocalDate decisionDate, int index) {
        LocalDate start = member.admissionDecisionDate() != null ? member.admissionDecisionDate() : member.admissionDate();
        boolean seriouslyIll = EarlyAwardCase.count("memberId", member.memberId()) > 0;
        Optional<Boolean> early = start == null ? Optional.empty()
                : BadgeRules.awardable(start, decisionDate, milestone, seriouslyIll);
        if (early.isEmpty()) {
            throw ProblemException.ruleViolated(RULE_BADGE_NOT_REACHED, "recipients[" + index + "]: " + member.fullName()
                    + " chưa đủ " + milestone.years() + " năm tuổi Đảng ngày " + decisionDate + " (tính từ " + start
                    + (seriouslyIll ? ", kể cả " + milestone.earlyMonths() + " tháng sớm do ốm nặng" : "")
                    + ") (milestone not reached by the decision date)");
        }
        long held = Commendation.count("memberId = ?1 and form = ?2 and revokedOn is null and badgeMilestone >= ?3",
                member.memberId(), CommendationForm.HUY_HIEU_DANG, milestone.years());
        if (held > 0) {
            throw ProblemException.ruleViolated(RULE_BADGE_ALREADY_HELD, "recipients[" + index + "]: " + member.fullName()
                    + " đã được tặng Huy hiệu " + milestone.years() + " năm tuổi Đảng hoặc cao hơn (already holds it)");
        }
        return early.get();
    }

    // ---- reads ----

    /** Readable by the member themselves, or by readers in scope of the organization where it counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Commendation get(@NotNull UUID id) {
        Commendation c = Commendation.<Commendation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Khen thưởng", id));
        Caller caller = callerContext.caller();
        boolean own = c.memberId != null && caller.memberId().map(c.memberId::equals).orElse(false);
        if (!own && !scopeGuard.permits(c.organizationId, OrganizationScope.Access.READ)) {
            scopeGuard.requireRead(c.organizationId);
        }
        return c;
    }

    /** The caller's own commendations (their token's member id), latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Commendation> mine(PageRequest page) {
        UUID member = callerContext.caller().memberId().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "Tài khoản chưa gắn với hồ sơ đảng viên (no member record is linked to this account)"));
        var query = Commendation.<Commendation>find("memberId", order(), member);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    public record ListFilter(UUID organizationId, UUID memberId, UUID recipientOrganizationId, Integer year,
            CommendationForm form) {
    }

    /**
     * By member (readers in scope of the member's current organization; bloc-admin any), or in the subtree of an
     * organization (default: the caller's), by year of the decision, form, recipient organization; latest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Commendation> list(ListFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        Caller caller = callerContext.caller();
        if (isMemberOnly(caller)) {
            // a member lists only their own commendations
            boolean own = filter.memberId() != null && caller.memberId().map(filter.memberId()::equals).orElse(false);
            if (!own || filter.organizationId() != null || filter.recipientOrganizationId() != null) {
                throw ProblemException.forbidden("Đảng viên chỉ xem khen thưởng của chính mình (members read only their own)");
            }
            where.append(" and memberId = :member");
            parameters.and("member", filter.memberId());
        } else if (filter.memberId() != null) {
            if (!caller.isBlocAdmin()) {
                // unknown and outside the caller's scope answer alike (403), so the list cannot confirm a member exists
                SeniorityFacts member = directory.visibleMember(filter.memberId())
                        .orElseThrow(() -> ProblemException.forbidden("Đảng viên không thuộc phạm vi của bạn "
                                + "(the member is not within your scope)"));
                scopeGuard.requireRead(member.organizationId());
            }
            where.append(" and memberId = :member");
            parameters.and("member", filter.memberId());
        }
        if (!isMemberOnly(caller) && (filter.memberId() == null || filter.organizationId() != null)) {
            UUID root = filter.organizationId() != null ? filter.organizationId() : callerRoot();
            if (root != null) {
                scopeGuard.requireRead(root);
                List<UUID> organizations = Commendation.getEntityManager().createQuery(
                        "select distinct c.organizationId from Commendation c", UUID.class).getResultList();
                Set<UUID> inside = subtree.within(root, organizations);
                if (inside.isEmpty()) {
                    return Page.of(List.of(), page, 0);
                }
                where.append(" and organizationId in :organizations");
                parameters.and("organizations", inside);
            }
        }
        if (filter.recipientOrganizationId() != null) {
            where.append(" and recipientKind = :kind and organizationId = :recipientOrganization");
            parameters.and("kind", RecipientKind.ORGANIZATION).and("recipientOrganization", filter.recipientOrganizationId());
        }
        if (filter.year() != null) {
            where.append(" and decisionDate >= :from and decisionDate < :to");
            parameters.and("from", LocalDate.of(filter.year(), 1, 1)).and("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.form() != null) {
            where.append(" and form = :form");
            parameters.and("form", filter.form());
        }
        var query = Commendation.<Commendation>find(where.toString(), order(), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /** A caller whose only reading role is {@code member}. */
    private static boolean isMemberOnly(Caller caller) {
        return caller.hasRole(Roles.MEMBER) && !caller.isBlocAdmin() && !caller.hasRole(Roles.ORG_SECRETARY)
                && !caller.hasRole(Roles.INSPECTOR) && !caller.hasRole(Roles.INTEGRATION);
    }

    /** The caller's organization (null for bloc-admin without one: the whole bloc). */
    private UUID callerRoot() {
        Caller caller = callerContext.caller();
        if (caller.organizationId().isPresent()) {
            return caller.organizationId().get();
        }
        if (caller.isBlocAdmin()) {
            return null;
        }
        throw ProblemException.forbidden("Tài khoản không gắn với tổ chức nào (your account has no organization scope)");
    }

    static Sort order() {
        return Sort.descending("decisionDate").and("recipientName").and("id");
    }

    public LocalDate today() {
        return clock.today();
    }
}
