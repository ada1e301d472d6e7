package vn.party.membership.committee.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.ScopeGuard;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.committee.domain.CommitteeRules;
import vn.party.membership.committee.domain.TermStatus;
import vn.party.membership.committee.rest.TermRequests;
import vn.party.membership.organization.Organization;

/** Terms (nhiệm kỳ) of an organization's committees: create, read, edit, close. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class TermService {

    static final String AUDIT_TYPE = "committee_term";
    private static final UUID NO_TERM = new UUID(0, 0);
    static final String TERM_CLOSED_REASON = "Kết thúc nhiệm kỳ (the term closed)";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    AuditTrail auditTrail;

    public CommitteeTerm create(@NotNull UUID organizationId, @NotNull @Valid TermRequests.Create request) {
        Organization organization = Organization.<Organization>findByIdOptional(organizationId)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức", organizationId));
        scopeGuard.requireWrite(organizationId);
        CommitteeRules.checkTermOrganization(organization.type, organization.status);
        CommitteeRules.checkTermDates(request.startsOn(), request.endsOn(), request.congressDate());
        CommitteeRules.checkNoOverlap(overlapping(organizationId, null, request.startsOn(), request.endsOn()));
        String label = request.label().trim();
        requireLabelFree(organizationId, null, label);

        CommitteeTerm term = new CommitteeTerm();
        term.id = UUID.randomUUID();
        term.organizationId = organizationId;
        term.label = label;
        term.startsOn = request.startsOn();
        term.endsOn = request.endsOn();
        term.congressDate = request.congressDate();
        term.congressOrdinal = request.congressOrdinal();
        term.status = TermStatus.OPEN;
        term.persist();
        auditTrail.created(AUDIT_TYPE, term.id, term.auditState());
        // flush now so a concurrent overlapping term surfaces here as a 409
        entityManager.flush();
        return term;
    }

    public CommitteeTerm update(@NotNull UUID termId, @NotNull @Valid TermRequests.Update request) {
        CommitteeTerm term = lock(termId);
        scopeGuard.requireWrite(term.organizationId);
        term.requireVersion(request.version());
        Map<String, Object> before = term.auditState();
        CommitteeRules.checkTermDates(request.startsOn(), request.endsOn(), request.congressDate());
        if (term.isClosed()) {
            CommitteeRules.checkCloseDate(withDates(term, request.startsOn(), request.endsOn()), term.closedOn);
        }
        String label = request.label().trim();
        requireLabelFree(term.organizationId, termId, label);
        // checked before the entity changes: a query on terms would flush the change and hit the constraint
        LocalDate effectiveEnd = term.closedOn != null ? term.closedOn : request.endsOn();
        CommitteeRules.checkNoOverlap(overlapping(term.organizationId, termId, request.startsOn(), effectiveEnd));
        term.label = label;
        term.startsOn = request.startsOn();
        term.endsOn = request.endsOn();
        term.congressDate = request.congressDate();
        term.congressOrdinal = request.congressOrdinal();
        CommitteeRules.checkPostsInside(term, posts(termId));
        Map<String, Object> after = term.auditState();
        if (!AuditTrail.diff(before, after).isEmpty()) {
            auditTrail.updated(AUDIT_TYPE, termId, before, after);
            entityManager.flush();
        }
        return term;
    }

    /** Closes the term on {@code closedOn}; posts still held end that day (kept as history). */
    public CommitteeTerm close(@NotNull UUID termId, @NotNull @Valid TermRequests.Close request) {
        CommitteeTerm term = lock(termId);
        scopeGuard.requireWrite(term.organizationId);
        term.requireVersion(request.version());
        CommitteeRules.checkOpen(term);
        CommitteeRules.checkCloseDate(term, request.closedOn());
        Map<String, Object> before = term.auditState();
        term.status = TermStatus.CLOSED;
        term.closedOn = request.closedOn();
        List<CommitteeAssignment> posts = posts(termId);
        CommitteeRules.checkPostsInside(term, posts);
        auditTrail.recorded("CLOSE", AUDIT_TYPE, termId, AuditTrail.diff(before, term.auditState()));
        for (CommitteeAssignment post : posts) {
            if (post.toDate == null) {
                Map<String, Object> postBefore = post.auditState();
                post.toDate = term.closedOn;
                post.endReason = TERM_CLOSED_REASON;
                auditTrail.recorded("END", AssignmentService.AUDIT_TYPE, post.id,
                        AuditTrail.diff(postBefore, post.auditState()));
            }
        }
        entityManager.flush();
        return term;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommitteeTerm get(@NotNull UUID termId) {
        CommitteeTerm term = find(termId);
        scopeGuard.requireRead(term.organizationId);
        return term;
    }

    /** The organization's terms, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommitteeTerm> list(@NotNull UUID organizationId, PageRequest page) {
        if (Organization.findById(organizationId) == null) {
            throw ProblemException.notFound("Tổ chức", organizationId);
        }
        scopeGuard.requireRead(organizationId);
        var query = CommitteeTerm.<CommitteeTerm>find("organizationId",
                Sort.descending("startsOn").and("id"), organizationId);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> auditHistory(@NotNull UUID termId) {
        find(termId);
        return auditTrail.history(AUDIT_TYPE, termId);
    }

    static CommitteeTerm find(UUID termId) {
        return CommitteeTerm.<CommitteeTerm>findByIdOptional(termId)
                .orElseThrow(() -> ProblemException.notFound("Nhiệm kỳ", termId));
    }

    /** Reads the term for a write and holds its row lock: writes to one term and its posts run one at a time. */
    static CommitteeTerm lock(UUID termId) {
        return CommitteeTerm.<CommitteeTerm>findByIdOptional(termId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Nhiệm kỳ", termId));
    }

    static List<CommitteeAssignment> posts(UUID termId) {
        return CommitteeAssignment.list("termId", Sort.by("fromDate").and("id"), termId);
    }

    /** Another term of the organization whose period meets {@code [startsOn, endsOn)}, if any. */
    private CommitteeTerm overlapping(UUID organizationId, UUID exceptTermId, LocalDate startsOn, LocalDate endsOn) {
        return entityManager.createQuery("""
                        from CommitteeTerm t
                        where t.organizationId = :organization and t.id <> :except
                          and t.startsOn < :endsOn and coalesce(t.closedOn, t.endsOn) > :startsOn
                        order by t.startsOn
                        """, CommitteeTerm.class)
                .setParameter("organization", organizationId)
                .setParameter("except", exceptTermId == null ? NO_TERM : exceptTermId)
                .setParameter("startsOn", startsOn)
                .setParameter("endsOn", endsOn)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
    }

    private static void requireLabelFree(UUID organizationId, UUID exceptTermId, String label) {
        boolean taken = CommitteeTerm.<CommitteeTerm>find("organizationId = ?1 and label = ?2", organizationId, label)
                .stream().anyMatch(other -> !other.id.equals(exceptTermId));
        if (taken) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Tổ chức đã có nhiệm kỳ '" + label + "' (label already used in this organization)",
                    List.of(new Problem.FieldError("label", "đã được dùng (already used)")));
        }
    }

    private static CommitteeTerm withDates(CommitteeTerm term, LocalDate startsOn, LocalDate endsOn) {
        CommitteeTerm probe = new CommitteeTerm();
        probe.label = term.label;
        probe.startsOn = startsOn;
        probe.endsOn = endsOn;
        return probe;
    }
}
