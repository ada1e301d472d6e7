package vn.party.membership.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.security.ScopeGuard;
import vn.party.membership.admission.AdmissionRules;
import vn.party.membership.admission.Candidate;
import vn.party.membership.admission.CandidateStage;
import vn.party.membership.admission.ProbationRequests;
import vn.party.membership.admission.ProbationService;
import vn.party.membership.calendar.WorkingCalendar;
import vn.party.membership.calendar.WorkingDays;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;
import vn.party.membership.organization.service.OrganizationTree;
import vn.party.membership.organization.rest.OrganizationTreeViews;
import vn.party.membership.policy.Policy;
import vn.party.membership.policy.PolicyCatalog;
import vn.party.membership.transfer.MemberTransfer;
import vn.party.membership.transfer.TransferService;
import vn.party.membership.transfer.TransferStatus;

/**
 * The secretary's to-do list for an organization's subtree: everything due or overdue in this service. Probation
 * reviews come from {@link ProbationService#reviews} (its NOT_DUE items are left out), transfers from
 * {@link TransferService#ofOrganization}, admissions from the candidates awaiting the decision (from the cell's
 * resolution, with any extension) or the ceremony, with the policy's working-day deadlines; sorted by due date.
 */
@ApplicationScoped
public class DeadlineService {

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    ProbationService probation;

    @Inject
    TransferService transfers;

    @Inject
    OrganizationTree tree;

    @Inject
    PolicyCatalog policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    MemberService members;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Deadline> of(@NotNull UUID organizationId, LocalDate asOf) {
        scopeGuard.requireRead(organizationId);
        LocalDate day = asOf != null ? asOf : members.today();
        WorkingDays workingDays = calendar.workingDays();
        List<Deadline> deadlines = new ArrayList<>();

        for (ProbationRequests.Review review : probation.reviews(organizationId, day)) {
            if (review.state() == ProbationRequests.ReviewState.NOT_DUE) {
                continue;
            }
            deadlines.add(new Deadline(DeadlineKind.PROBATION_REVIEW, review.reviewDeadline(),
                    review.state() == ProbationRequests.ReviewState.OVERDUE ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE,
                    review.dueDate(), review.organizationId(), review.fullName(), review.memberId(), null, null, null));
        }

        for (MemberTransfer transfer : transfers.ofOrganization(organizationId)) {
            if (transfer.status != TransferStatus.IN_PROGRESS || transfer.letterIssuedOn == null
                    || transfer.letterIssuedOn.isAfter(day)) {
                continue;
            }
            LocalDate due = workingDays.add(transfer.letterIssuedOn,
                    transfers.policyOn(transfer.letterIssuedOn).presentationWorkingDays());
            deadlines.add(new Deadline(DeadlineKind.TRANSFER_PRESENTATION, due, status(day, due),
                    transfer.letterIssuedOn,
                    transfer.toOrganizationId != null ? transfer.toOrganizationId : transfer.fromOrganizationId,
                    transfer.memberName, transfer.memberId, null, transfer.id, null));
        }

        List<OrganizationTreeViews.Node> nodes = tree.subtree(organizationId, null).nodes();
        List<UUID> organizations = nodes.stream().map(OrganizationTreeViews.Node::id).toList();
        deadlines.addAll(smallCells(nodes, day));
        List<Candidate> pending = Candidate.list("organizationId in ?1 and stage in ?2", organizations,
                List.of(CandidateStage.CELL_VOTED, CandidateStage.COMMITTEE_VOTED, CandidateStage.DECIDED));
        for (Candidate candidate : pending) {
            // the decision is due from the cell's resolution (with the extension granted), the ceremony from the decision
            boolean awaitingDecision = candidate.stage != CandidateStage.DECIDED;
            LocalDate opened = awaitingDecision ? candidate.cellConsideredOn : candidate.decidedOn;
            if (opened == null || opened.isAfter(day)) {
                continue;
            }
            Policy policy = policies.inForceOn(opened);
            LocalDate due = awaitingDecision
                    ? AdmissionRules.decisionDue(workingDays, opened, policy, candidate.decisionExtensionWorkingDays)
                    : workingDays.add(opened, policy.ceremonyDeadlineWorkingDays());
            deadlines.add(new Deadline(awaitingDecision ? DeadlineKind.ADMISSION_DECISION : DeadlineKind.ADMISSION_CEREMONY,
                    due, status(day, due), opened, candidate.organizationId, candidate.fullName, null, candidate.id, null,
                    null));
        }

        deadlines.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::kind)
                .thenComparing(d -> d.subject() == null ? "" : d.subject()));
        return deadlines;
    }

    /** The active cells (chi bộ cơ sở, chi bộ trực thuộc) with fewer official members than the policy's minimum. */
    private List<Deadline> smallCells(List<OrganizationTreeViews.Node> nodes, LocalDate day) {
        List<OrganizationTreeViews.Node> cells = nodes.stream()
                .filter(node -> node.status() == OrganizationStatus.ACTIVE)
                .filter(node -> node.type() == OrganizationType.GRASSROOTS_CELL
                        || node.type() == OrganizationType.SUBORDINATE_CELL).toList();
        if (cells.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> official = new HashMap<>();
        Member.getEntityManager().createQuery("select m.organizationId, count(m) from Member m"
                        + " where m.organizationId in :ids and m.status = :status group by m.organizationId", Object[].class)
                .setParameter("ids", cells.stream().map(OrganizationTreeViews.Node::id).toList())
                .setParameter("status", MemberStatus.OFFICIAL)
                .getResultList().forEach(row -> official.put((UUID) row[0], (Long) row[1]));
        Policy policy = policies.inForceOn(day);
        List<Deadline> warnings = new ArrayList<>();
        for (OrganizationTreeViews.Node cell : cells) {
            long count = official.getOrDefault(cell.id(), 0L);
            if (count < policy.minCellOfficialMembers()) {
                String reason = "Chi bộ có " + count + " đảng viên chính thức, dưới mức tối thiểu "
                        + policy.minCellOfficialMembers() + " (" + policy.reference() + "): cần bổ sung, sáp nhập hoặc"
                        + " giải thể (the cell has " + count + " official members, below the minimum of "
                        + policy.minCellOfficialMembers() + ")";
                warnings.add(new Deadline(DeadlineKind.CELL_BELOW_MINIMUM, day, DeadlineStatus.DUE, day, cell.id(),
                        cell.name(), null, null, null, reason));
            }
        }
        return warnings;
    }

    private static DeadlineStatus status(LocalDate day, LocalDate due) {
        return day.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.DUE;
    }
}
