package vn.party.membership.committee.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.OrganizationScope;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.service.MemberDirectory.MemberFacts;
import vn.party.membership.organization.Organization;

/** Who held which post when: an organization's committees on a date, and a member's posts over time. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitteeHistoryService {

    /** The committees of an organization on a date; {@code term} is null when no term was in office. */
    public record Composition(Organization organization, LocalDate asOf, CommitteeTerm term,
            List<AssignmentDetails> posts) {
    }

    private static final Comparator<AssignmentDetails> PRECEDENCE = Comparator
            .comparing((AssignmentDetails d) -> d.assignment().position)
            .thenComparing(d -> d.assignment().fromDate)
            .thenComparing(d -> d.memberName() == null ? "" : d.memberName());

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    MemberDirectory members;

    @Inject
    AssignmentService assignments;

    public Composition composition(@NotNull UUID organizationId, @NotNull LocalDate asOf) {
        Organization organization = Organization.<Organization>findByIdOptional(organizationId)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức", organizationId));
        scopeGuard.requireRead(organizationId);
        CommitteeTerm term = CommitteeTerm.<CommitteeTerm>find(
                        "organizationId = ?1 and startsOn <= ?2 and coalesce(closedOn, endsOn) > ?2", organizationId, asOf)
                .firstResult();
        if (term == null) {
            return new Composition(organization, asOf, null, List.of());
        }
        List<CommitteeAssignment> held = CommitteeAssignment.<CommitteeAssignment>list(
                        "termId = ?1 and fromDate <= ?2 and (toDate is null or toDate > ?2)", term.id, asOf);
        return new Composition(organization, asOf, term,
                assignments.details(held).stream().sorted(PRECEDENCE).toList());
    }

    /**
     * A member's posts over time, newest first. Members may read their own; secretaries, inspectors and
     * integration clients those of members whose organization is in their scope.
     */
    public Page<AssignmentDetails> positions(@NotNull UUID memberId, PageRequest page) {
        Caller caller = callerContext.caller();
        boolean own = caller.hasRole(Roles.MEMBER) && caller.memberId().filter(memberId::equals).isPresent();
        if (!own && !caller.isBlocAdmin()) {
            if (!(caller.hasRole(Roles.ORG_SECRETARY) || caller.hasRole(Roles.INSPECTOR)
                    || caller.hasRole(Roles.INTEGRATION))) {
                throw ProblemException.forbidden(
                        "Đảng viên chỉ xem được chức vụ của chính mình (members read their own posts only)");
            }
        }
        MemberFacts member = members.find(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        if (!own && !scopeGuard.permits(member.organizationId(), OrganizationScope.Access.READ)) {
            throw ProblemException.forbidden(
                    "Đảng viên " + memberId + " nằm ngoài phạm vi của bạn (outside your organization scope)");
        }
        var query = CommitteeAssignment.<CommitteeAssignment>find("memberId",
                Sort.descending("fromDate").and("id", Sort.Direction.Descending), memberId);
        return Page.of(assignments.details(query.page(page.page, page.size).list()), page, query.count());
    }
}
