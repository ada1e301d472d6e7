package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.events.commendation.domain.CommendationForm;
import vn.party.events.commendation.domain.IssuingLevel;
import vn.party.events.commendation.domain.ProposalStatus;
import vn.party.events.commendation.membership.MembershipDirectory;
import vn.party.events.commendation.policy.CommendationPolicy;
import vn.party.events.commendation.policy.PolicyService;

/**
 * Proposals to a higher level: the proposing organization's secretaries submit and may withdraw; the target level
 * approves (creating the commendations, checked like any decision) or rejects with a reason. A target in the tree
 * is decided by secretaries in scope of it; the province and the State are recorded by bloc-admin. A decided
 * proposal cannot be decided again (409).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProposalService {

    static final String AUDIT_TYPE = "commendation-proposal";
    static final String REQUIRED = "bắt buộc (required)";

    public static final String RULE_TARGET_NOT_ABOVE = "commendation-proposal.target-not-above";
    public static final String RULE_RECIPIENT_OUTSIDE_PROPOSER = "commendation-proposal.recipient-outside-proposer";

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

    @Inject
    CommendationService commendations;

    public record Submit(
            @NotNull(message = REQUIRED) UUID proposingOrganizationId,
            @NotNull(message = REQUIRED) IssuingLevel targetLevel,
            UUID targetOrganizationId,
            @NotNull(message = REQUIRED) CommendationForm form,
            @Min(value = 1, message = "từ 1 đến 120 năm (1 to 120 years)")
            @Max(value = 120, message = "từ 1 đến 120 năm (1 to 120 years)")
            Integer badgeMilestone,
            @NotBlank(message = REQUIRED) @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String reasons,
            @NotEmpty(message = REQUIRED) @Size(max = 500, message = "tối đa 500 người nhận (at most 500 recipients)")
            List<CommendationService.@NotNull(message = REQUIRED) RecipientRequest> recipients) {
    }

    public record Approve(
            @NotNull(message = REQUIRED) Long version,
            @NotBlank(message = REQUIRED) @Size(max = 60, message = "tối đa 60 ký tự (at most 60 characters)")
            String decisionNumber,
            @NotNull(message = REQUIRED) LocalDate decisionDate,
            @Size(max = 300, message = "tối đa 300 ký tự (at most 300 characters)") String issuingOrganizationName) {
    }

    public record Reject(
            @NotNull(message = REQUIRED) Long version,
            @NotBlank(message = REQUIRED) @Size(max = 20000, message = "tối đa 20000 ký tự (at most 20000 characters)")
            String reason) {
    }

    public record Withdraw(@NotNull(message = REQUIRED) Long version) {
    }

    public CommendationProposal submit(@NotNull @Valid Submit request) {
        List<CommendationService.RecipientRequest> recipients = CommendationService.checkRecipients(request.recipients());
        scopeGuard.requireWrite(request.proposingOrganizationId());
        IssuingLevel target = request.targetLevel();
        if (target.inTree()) {
            if (request.targetOrganizationId() == null) {
                throw ProblemException.invalidField("targetOrganizationId", "bắt buộc với cấp " + target
                        + " (required for a level of the tree)");
            }
            if (!subtree.strictlyAbove(request.targetOrganizationId(), request.proposingOrganizationId())) {
                throw ProblemException.ruleViolated(RULE_TARGET_NOT_ABOVE, "Tổ chức " + request.targetOrganizationId()
                        + " không phải cấp trên của tổ chức đề nghị (a proposal goes to a higher level of the tree)");
            }
            organizations.deciding(request.targetOrganizationId(), target, "target");
        } else if (request.targetOrganizationId() != null) {
            throw ProblemException.invalidField("targetOrganizationId",
                    "chỉ dùng cho cấp chi bộ, cơ sở, Khối (only for CELL, GRASSROOTS, BLOC)");
        }
        CommendationPolicy policy = policies.on(commendations.today());
        CommendationService.requireAllowed(policy, request.form(), target);
        CommendationService.requireBadgeMilestone(policy, request.form(), request.badgeMilestone(),
                recipients.stream().anyMatch(r -> r.organizationId() != null));
        for (int i = 0; i < recipients.size(); i++) {
            CommendationService.RecipientRequest r = recipients.get(i);
            UUID organization = r.organizationId();
            if (r.memberId() != null) {
                int index = i;
                organization = directory.visibleMember(r.memberId())
                        .map(SeniorityFacts::organizationId)
                        .orElseThrow(() -> ProblemException.ruleViolated(CommendationService.RULE_RECIPIENT_UNKNOWN,
                                "recipients[" + index + "]: đảng viên không tồn tại hoặc ngoài phạm vi của bạn (unknown "
                                        + "member, or outside your scope)"));
            }
            if (!subtree.contains(request.proposingOrganizationId(), organization)) {
                throw ProblemException.ruleViolated(RULE_RECIPIENT_OUTSIDE_PROPOSER, "recipients[" + i + "]: không "
                        + "thuộc tổ chức đề nghị (not at or below the proposing organization)");
            }
        }
        CommendationProposal proposal = new CommendationProposal();
        proposal.id = UUID.randomUUID();
        proposal.proposingOrganizationId = request.proposingOrganizationId();
        proposal.targetLevel = target;
        proposal.targetOrganizationId = request.targetOrganizationId();
        proposal.form = request.form();
        proposal.badgeMilestone = request.badgeMilestone();
        proposal.reasons = request.reasons().trim();
        recipients.forEach(r -> proposal.recipients.add(new CommendationProposal.Recipient(r.memberId(), r.organizationId())));
        proposal.status = ProposalStatus.SUBMITTED;
        proposal.proposedBy = callerContext.caller().name();
        proposal.persist();
        CommendationProposal.flush();
        auditTrail.created(AUDIT_TYPE, proposal.id, proposal.auditState());
        return proposal;
    }

    /** Approves and writes the commendations of the decision (all or nothing). */
    public List<Commendation> approve(@NotNull UUID id, @NotNull @Valid Approve request) {
        CommendationProposal proposal = find(id);
        requireDecider(proposal);
        proposal.requireVersion(request.version());
        requireSubmitted(proposal, "duyệt (approve)");
        Map<String, Object> before = proposal.auditState();
        String issuerName = request.issuingOrganizationName() == null || request.issuingOrganizationName().isBlank()
                ? null : request.issuingOrganizationName().trim();
        if (!proposal.targetLevel.inTree() && issuerName == null) {
            throw ProblemException.invalidField("issuingOrganizationName", REQUIRED);
        }
        CommendationService.Decision decision = new CommendationService.Decision(proposal.form, proposal.targetLevel,
                proposal.targetOrganizationId, issuerName, request.decisionNumber().trim(), request.decisionDate(),
                proposal.reasons, proposal.badgeMilestone, proposal.id);
        List<CommendationService.RecipientRequest> recipients = proposal.recipients.stream()
                .map(r -> new CommendationService.RecipientRequest(r.memberId, r.organizationId)).toList();
        List<Commendation> written = commendations.grant(decision, recipients);
        proposal.status = ProposalStatus.APPROVED;
        proposal.decisionNumber = decision.decisionNumber();
        proposal.decisionDate = decision.decisionDate();
        proposal.decidedAt = clock.now();
        proposal.decidedBy = callerContext.caller().name();
        CommendationProposal.flush();
        auditTrail.recorded("APPROVE", AUDIT_TYPE, proposal.id,
                AuditTrail.diff(before, proposal.auditState()));
        return written;
    }

    public CommendationProposal reject(@NotNull UUID id, @NotNull @Valid Reject request) {
        CommendationProposal proposal = find(id);
        requireDecider(proposal);
        proposal.requireVersion(request.version());
        requireSubmitted(proposal, "từ chối (reject)");
        Map<String, Object> before = proposal.auditState();
        proposal.status = ProposalStatus.REJECTED;
        proposal.rejectionReason = request.reason().trim();
        proposal.decidedAt = clock.now();
        proposal.decidedBy = callerContext.caller().name();
        CommendationProposal.flush();
        auditTrail.recorded("REJECT", AUDIT_TYPE, proposal.id, AuditTrail.diff(before, proposal.auditState()));
        return proposal;
    }

    public CommendationProposal withdraw(@NotNull UUID id, @NotNull @Valid Withdraw request) {
        CommendationProposal proposal = find(id);
        scopeGuard.requireWrite(proposal.proposingOrganizationId);
        proposal.requireVersion(request.version());
        requireSubmitted(proposal, "rút (withdraw)");
        Map<String, Object> before = proposal.auditState();
        proposal.status = ProposalStatus.WITHDRAWN;
        proposal.decidedAt = clock.now();
        proposal.decidedBy = callerContext.caller().name();
        CommendationProposal.flush();
        auditTrail.recorded("WITHDRAW", AUDIT_TYPE, proposal.id, AuditTrail.diff(before, proposal.auditState()));
        return proposal;
    }

    private void requireDecider(CommendationProposal proposal) {
        if (proposal.targetLevel.inTree()) {
            scopeGuard.requireWrite(proposal.targetOrganizationId);
        } else {
            commendations.requireBlocAdminFor(proposal.targetLevel);
        }
    }

    private static void requireSubmitted(CommendationProposal proposal, String action) {
        if (proposal.status != ProposalStatus.SUBMITTED) {
            throw ProblemException.conflict("Không thể " + action + " đề nghị đang ở trạng thái " + proposal.status
                    + " (only a SUBMITTED proposal can be decided or withdrawn)");
        }
    }

    /** Readable in scope of the proposing or the target organization. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommendationProposal get(@NotNull UUID id) {
        CommendationProposal proposal = find(id);
        boolean readable = scopeGuard.permits(proposal.proposingOrganizationId, OrganizationScope.Access.READ)
                || (proposal.targetOrganizationId != null
                        && scopeGuard.permits(proposal.targetOrganizationId, OrganizationScope.Access.READ));
        if (!readable) {
            scopeGuard.requireRead(proposal.proposingOrganizationId);
        }
        return proposal;
    }

    /**
     * Proposals made by organizations in the subtree of {@code organizationId} or addressed to it; bloc-admin
     * without an organization: all. Optionally by status and target level; latest first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommendationProposal> list(UUID organizationId, ProposalStatus status, IssuingLevel targetLevel,
            PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        UUID root = organizationId != null ? organizationId : callerContext.caller().organizationId().orElse(null);
        if (root == null && !callerContext.caller().isBlocAdmin()) {
            throw ProblemException.forbidden("Tài khoản không gắn với tổ chức nào (your account has no organization scope)");
        }
        if (root != null) {
            scopeGuard.requireRead(root);
            List<UUID> proposers = CommendationProposal.getEntityManager().createQuery(
                    "select distinct p.proposingOrganizationId from CommendationProposal p", UUID.class).getResultList();
            Set<UUID> inside = subtree.within(root, proposers);
            where.append(inside.isEmpty() ? " and targetOrganizationId = :root"
                    : " and (proposingOrganizationId in :inside or targetOrganizationId = :root)");
            parameters.and("root", root);
            if (!inside.isEmpty()) {
                parameters.and("inside", inside);
            }
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (targetLevel != null) {
            where.append(" and targetLevel = :level");
            parameters.and("level", targetLevel);
        }
        var query = CommendationProposal.<CommendationProposal>find(where.toString(),
                Sort.descending("createdAt").and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    private static CommendationProposal find(UUID id) {
        return CommendationProposal.<CommendationProposal>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Đề nghị khen thưởng", id));
    }
}
