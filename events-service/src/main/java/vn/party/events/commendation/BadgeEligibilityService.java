package vn.party.events.commendation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberStatus;
import vn.party.contracts.member.MemberSummary;
import vn.party.events.commendation.domain.BadgeRules;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.commendation.policy.CommendationPolicy;
import vn.party.events.commendation.policy.PolicyService;

/**
 * The party badge list for a presentation date, computed from membership's register: active members of the subtree
 * whose highest milestone reached by that date (or, seriously ill, within its early window) is not already held
 * (revoked badges are not held).
 *
 * <p>Party seniority counts from the admission decision date, which membership gives in a member's seniority facts
 * but not in the register list (the list has the ceremony date, on or after the decision). The list is read first;
 * the facts (a purpose-built read, not the audited dossier) only for possible candidates: members who would reach a milestone they do not hold
 * if their decision preceded the ceremony by {@code party.commendations.badge.decision-lookback} (default one year;
 * by rule the ceremony is within 30 working days of the decision).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BadgeEligibilityService {

    static final String REQUIRED = "bắt buộc (required)";
    static final String AUDIT_TYPE_CASE = "badge-early-award-case";

    public static final String RULE_NOT_PRESENTATION_DAY = "commendation.badge-not-a-presentation-day";

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PolicyService policies;

    @Inject
    MembershipDirectory directory;

    @Inject
    OrganizationSubtree subtree;

    @Inject
    CommendationService commendations;

    @ConfigProperty(name = "party.commendations.badge.decision-lookback", defaultValue = "P1Y")
    Period decisionLookback;

    public record Candidate(UUID memberId, String fullName, UUID organizationId, MemberStatus status,
            LocalDate seniorityCountedFrom, boolean fromDecisionDate, int seniorityYears, int milestone,
            LocalDate milestoneReachedOn, boolean early, Integer highestHeldMilestone) {
    }

    public record EligibilityList(UUID organizationId, LocalDate presentationDate, LocalDate policyEffectiveFrom,
            int total, List<Candidate> members) {
    }

    public record RecordCase(
            @NotNull(message = REQUIRED) UUID memberId,
            @NotNull(message = REQUIRED) LocalDate certifiedOn,
            @NotBlank(message = REQUIRED) @Size(max = 1000, message = "tối đa 1000 ký tự (at most 1000 characters)")
            String reason) {
    }

    public EligibilityList eligibility(@NotNull UUID organizationId, LocalDate requestedDate) {
        scopeGuard.requireRead(organizationId);
        LocalDate presentationDate = requestedDate;
        if (presentationDate == null) {
            LocalDate today = commendations.today();
            presentationDate = BadgeRules.nextPresentationDay(today, policies.on(today).badgePresentationDays());
        }
        CommendationPolicy policy = policies.on(presentationDate);
        if (!BadgeRules.isPresentationDay(presentationDate, policy.badgePresentationDays())) {
            throw ProblemException.ruleViolated(RULE_NOT_PRESENTATION_DAY, "Ngày " + presentationDate + " không phải "
                    + "ngày trao Huy hiệu Đảng; các ngày: " + policy.badgePresentationDays().stream()
                            .map(d -> d.getDayOfMonth() + "/" + d.getMonthValue()).toList()
                    + " (not a party badge presentation day)");
        }
        List<BadgeRules.Milestone> milestones = policy.badgeMilestones();
        List<MemberSummary> members = directory.activeMembers(organizationId);
        Set<UUID> ids = new HashSet<>();
        members.forEach(m -> ids.add(m.id()));
        Set<UUID> seriouslyIll = new HashSet<>();
        Map<UUID, Integer> held = new HashMap<>();
        if (!ids.isEmpty()) {
            EarlyAwardCase.<EarlyAwardCase>list("memberId in ?1", ids).forEach(c -> seriouslyIll.add(c.memberId));
            Commendation.getEntityManager().createQuery("select c.memberId, max(c.badgeMilestone) from Commendation c "
                    + "where c.form = :badge and c.revokedOn is null and c.memberId in :ids group by c.memberId",
                    Object[].class)
                    .setParameter("badge", CommendationForm.HUY_HIEU_DANG).setParameter("ids", ids).getResultList()
                    .forEach(row -> held.put((UUID) row[0], ((Number) row[1]).intValue()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (MemberSummary member : members) {
            if (member.admissionDate() == null) {
                continue;
            }
            boolean ill = seriouslyIll.contains(member.id());
            Integer highestHeld = held.get(member.id());
            // the decision precedes the ceremony by at most the lookback: this bounds what the decision date can give
            Optional<BadgeRules.Eligibility> atBest = BadgeRules.evaluate(member.admissionDate().minus(decisionLookback),
                    presentationDate, milestones, ill);
            if (atBest.isEmpty() || (highestHeld != null && highestHeld >= atBest.get().milestone())) {
                continue;
            }
            // a possible candidate: count exactly from the admission decision date (the ceremony date if none)
            SeniorityFacts facts = directory.member(member.id()).orElse(null);
            if (facts == null) {
                continue;
            }
            boolean fromDecision = facts.admissionDecisionDate() != null;
            LocalDate start = fromDecision ? facts.admissionDecisionDate() : member.admissionDate();
            Optional<BadgeRules.Eligibility> result = BadgeRules.evaluate(start, presentationDate, milestones, ill);
            if (result.isEmpty() || (highestHeld != null && highestHeld >= result.get().milestone())) {
                continue;
            }
            BadgeRules.Eligibility eligibility = result.get();
            candidates.add(new Candidate(member.id(), member.fullName(), member.organizationId(), member.status(),
                    start, fromDecision, BadgeRules.seniorityYears(start, presentationDate), eligibility.milestone(),
                    eligibility.reachedOn(), eligibility.early(), highestHeld));
        }
        candidates.sort(Comparator.comparingInt(Candidate::milestone).reversed()
                .thenComparing(Candidate::milestoneReachedOn)
                .thenComparing(c -> c.fullName() == null ? "" : c.fullName())
                .thenComparing(c -> c.memberId().toString()));
        return new EligibilityList(organizationId, presentationDate, policy.effectiveFrom, candidates.size(), candidates);
    }

    /** Records that a member is certified seriously ill (secretaries in scope of the member's organization). */
    @Transactional(Transactional.TxType.REQUIRED)
    public EarlyAwardCase recordCase(@NotNull @Valid RecordCase request) {
        // unknown and outside the caller's scope answer alike (404)
        SeniorityFacts member = directory.visibleMember(request.memberId())
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", request.memberId()));
        scopeGuard.requireWrite(member.organizationId());
        if (request.certifiedOn().isAfter(commendations.today())) {
            throw ProblemException.invalidField("certifiedOn", "không được sau hôm nay (must not be in the future)");
        }
        if (EarlyAwardCase.count("memberId", member.memberId()) > 0) {
            throw ProblemException.conflict("Đã ghi nhận trường hợp ốm nặng của đảng viên này (already recorded)");
        }
        EarlyAwardCase c = new EarlyAwardCase();
        c.id = UUID.randomUUID();
        c.memberId = member.memberId();
        c.organizationId = member.organizationId();
        c.certifiedOn = request.certifiedOn();
        c.reason = request.reason().trim();
        c.recordedBy = callerContext.caller().name();
        c.persist();
        EarlyAwardCase.flush();
        auditTrail.created(AUDIT_TYPE_CASE, c.id, c.auditState());
        return c;
    }

    /** Cases of members of organizations in the subtree of {@code organizationId}. */
    public List<EarlyAwardCase> cases(@NotNull UUID organizationId) {
        scopeGuard.requireRead(organizationId);
        List<UUID> organizations = EarlyAwardCase.getEntityManager().createQuery(
                "select distinct c.organizationId from EarlyAwardCase c", UUID.class).getResultList();
        Set<UUID> inside = subtree.within(organizationId, organizations);
        if (inside.isEmpty()) {
            return List.of();
        }
        return EarlyAwardCase.list("organizationId in ?1 order by certifiedOn, id", inside);
    }
}
