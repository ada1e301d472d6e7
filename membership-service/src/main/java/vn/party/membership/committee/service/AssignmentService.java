package vn.party.membership.committee.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.domain.CommitteeRules;
import vn.party.membership.committee.rest.AssignmentRequests;
import vn.party.membership.committee.service.MemberDirectory.MemberFacts;
import vn.party.membership.organization.Organization;

/** Posts in a term's committee and inspection committee: appoint, end (kept as history), read. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class AssignmentService {

    static final String AUDIT_TYPE = "committee_assignment";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    @Inject
    MemberDirectory members;

    @Inject
    OrganizationHierarchy hierarchy;

    public AssignmentDetails appoint(@NotNull UUID termId, @NotNull @Valid AssignmentRequests.Create request) {
        CommitteeTerm term = TermService.lock(termId);
        scopeGuard.requireWrite(term.organizationId);
        CommitteeRules.checkOpen(term);
        Organization organization = Organization.findById(term.organizationId);
        CommitteeRules.checkPositionOfBody(request.body(), request.position());
        CommitteeRules.checkPositionForOrganization(request.position(), organization.type);
        CommitteeRules.checkWithinTerm(request.fromDate(), request.toDate(), term);

        // the subtree first: about a member outside it (or no member at all) the answer tells nothing, not even a status
        MemberFacts member = members.find(request.memberId()).orElse(null);
        UUID memberOrganization = member == null ? null : members.organizationOn(member, request.fromDate());
        CommitteeRules.checkMemberInSubtree(memberOrganization != null && hierarchy.ancestry(memberOrganization)
                .map(ancestry -> ancestry.contains(term.organizationId)).orElse(false));
        CommitteeRules.checkOfficialMember(members.statusOn(member, request.fromDate()), member.officialDate(),
                request.fromDate());

        CommitteeAssignment assignment = new CommitteeAssignment();
        assignment.id = UUID.randomUUID();
        assignment.termId = termId;
        assignment.memberId = member.id();
        assignment.body = request.body();
        assignment.position = request.position();
        assignment.fromDate = request.fromDate();
        assignment.toDate = request.toDate();
        assignment.decisionRef = blankToNull(request.decisionRef());
        CommitteeRules.checkNoClash(assignment, term, TermService.posts(termId));
        assignment.persist();
        auditTrail.created(AUDIT_TYPE, assignment.id, assignment.auditState());
        entityManager.flush();
        return new AssignmentDetails(assignment, term, member.fullName(), organization.name);
    }

    /** Ends a current post from {@code toDate}; the row stays as history. */
    public AssignmentDetails end(@NotNull UUID assignmentId, @NotNull @Valid AssignmentRequests.End request) {
        CommitteeAssignment assignment = find(assignmentId);
        CommitteeTerm term = TermService.lock(assignment.termId);
        scopeGuard.requireWrite(term.organizationId);
        assignment.requireVersion(request.version());
        CommitteeRules.checkOpen(term);
        CommitteeRules.checkEnd(assignment, term, request.toDate());
        Map<String, Object> before = assignment.auditState();
        assignment.toDate = request.toDate();
        assignment.endDecisionRef = blankToNull(request.decisionRef());
        assignment.endReason = blankToNull(request.reason());
        auditTrail.recorded("END", AUDIT_TYPE, assignmentId, AuditTrail.diff(before, assignment.auditState()));
        entityManager.flush();
        return details(List.of(assignment)).get(0);
    }

    /** A post ended by a decision, with the end it had before, so that an annulment can give it back. */
    public record EndedPost(UUID assignmentId, LocalDate previousToDate) {
    }

    /**
     * Ends, from {@code on}, every post the member holds that day in an open term: the effect of a decision taken
     * elsewhere (removal from post, expulsion) and delivered by another service, so no caller scope applies (the
     * caller authorizes). Each end is audited like a manual one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EndedPost> endHeldBy(@NotNull UUID memberId, @NotNull LocalDate on, String decisionRef,
            @NotNull String reason) {
        List<EndedPost> ended = new java.util.ArrayList<>();
        for (CommitteeAssignment held : CommitteeAssignment.<CommitteeAssignment>list(
                "memberId = ?1 and fromDate < ?2 and (toDate is null or toDate > ?2) order by fromDate, id",
                memberId, on)) {
            CommitteeTerm term = TermService.lock(held.termId);
            if (term.isClosed() || !held.heldOn(on, term)) {
                continue;
            }
            Map<String, Object> before = held.auditState();
            ended.add(new EndedPost(held.id, held.toDate));
            held.toDate = on;
            held.endDecisionRef = blankToNull(decisionRef);
            held.endReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
            auditTrail.recorded("END", AUDIT_TYPE, held.id, AuditTrail.diff(before, held.auditState()));
        }
        entityManager.flush();
        return ended;
    }

    /**
     * Gives back posts ended by {@link #endHeldBy} on {@code endedOn} when the decision is annulled or reduced: a post
     * whose end has since been changed, whose term is closed or that someone else now holds stays ended.
     *
     * @return the posts restored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> restore(@NotNull List<EndedPost> posts, @NotNull LocalDate endedOn) {
        List<UUID> restored = new java.util.ArrayList<>();
        for (EndedPost post : posts) {
            CommitteeAssignment assignment = CommitteeAssignment.findById(post.assignmentId());
            if (assignment == null || !endedOn.equals(assignment.toDate)) {
                continue;
            }
            CommitteeTerm term = TermService.lock(assignment.termId);
            Map<String, Object> before = assignment.auditState();
            assignment.toDate = post.previousToDate();
            if (term.isClosed() || clashes(assignment, term)) {
                assignment.toDate = endedOn;
                continue;
            }
            assignment.endDecisionRef = null;
            assignment.endReason = null;
            auditTrail.recorded("RESTORE", AUDIT_TYPE, assignment.id, AuditTrail.diff(before, assignment.auditState()));
            restored.add(assignment.id);
        }
        entityManager.flush();
        return restored;
    }

    private static boolean clashes(CommitteeAssignment assignment, CommitteeTerm term) {
        try {
            CommitteeRules.checkNoClash(assignment, term, TermService.posts(term.id));
            return false;
        } catch (ProblemException clash) {
            return true;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssignmentDetails get(@NotNull UUID assignmentId) {
        CommitteeAssignment assignment = find(assignmentId);
        scopeGuard.requireRead(TermService.find(assignment.termId).organizationId);
        return details(List.of(assignment)).get(0);
    }

    /** Every post recorded in the term, current and past, in the order they began. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AssignmentDetails> list(@NotNull UUID termId, PageRequest page) {
        CommitteeTerm term = TermService.find(termId);
        scopeGuard.requireRead(term.organizationId);
        var query = CommitteeAssignment.<CommitteeAssignment>find("termId", Sort.by("fromDate").and("id"), termId);
        return Page.of(details(query.page(page.page, page.size).list()), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID assignmentId) {
        find(assignmentId);
        return auditTrail.history(AUDIT_TYPE, assignmentId);
    }

    /** Loads the terms, member names and organization names of the posts, once each. */
    List<AssignmentDetails> details(List<CommitteeAssignment> assignments) {
        Map<UUID, CommitteeTerm> terms = new HashMap<>();
        Map<UUID, String> organizationNames = new HashMap<>();
        Map<UUID, String> names = members.names(assignments.stream().map(a -> a.memberId).distinct().toList());
        return assignments.stream().map(assignment -> {
            CommitteeTerm term = terms.computeIfAbsent(assignment.termId, TermService::find);
            String organizationName = organizationNames.computeIfAbsent(term.organizationId,
                    id -> Organization.<Organization>findByIdOptional(id).map(o -> o.name).orElse(null));
            return new AssignmentDetails(assignment, term, names.get(assignment.memberId), organizationName);
        }).toList();
    }

    static CommitteeAssignment find(UUID assignmentId) {
        return CommitteeAssignment.<CommitteeAssignment>findByIdOptional(assignmentId)
                .orElseThrow(() -> ProblemException.notFound("Chức vụ", assignmentId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
