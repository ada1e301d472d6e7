package vn.party.membership.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import io.quarkus.panache.common.Sort;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.ProblemException;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.common.security.ScopeGuard;
import vn.party.common.time.PartyClock;
import vn.party.common.web.CorrelationId;
import vn.party.membership.identity.verifier.VerificationRequest;
import vn.party.membership.identity.verifier.VerificationResult;
import vn.party.membership.member.Member;

/**
 * The database side of identity checks, each method its own short transaction. Who may run or read checks: bloc-admin,
 * or a secretary whose organization's subtree holds the member (the member's data is sent outside the system, so
 * readers such as inspectors and machine clients may not).
 */
@ApplicationScoped
public class IdentityCheckStore {

    /** Checks are audited on the member, so they show in the member's audit trail. */
    static final String AUDIT_TYPE = "member";
    static final String AUDIT_ACTION = "IDENTITY_CHECK";
    private static final Set<String> CHECKERS = Set.of(Roles.ORG_SECRETARY);

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    PartyClock clock;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    /** The last check and the last successful one, for a badge on the member's screen. */
    public record Summary(UUID memberId, long totalChecks, IdentityCheck latest, Instant lastVerifiedAt) {
    }

    /** The member's stored data to check, after the scope check. */
    @Transactional(Transactional.TxType.REQUIRED)
    public VerificationRequest subject(UUID memberId) {
        Member member = authorizedMember(memberId);
        return new VerificationRequest(member.nationalId, member.fullName, member.dateOfBirth);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public IdentityCheck record(UUID memberId, String provider, VerificationResult result) {
        IdentityCheck check = new IdentityCheck();
        check.id = UUID.randomUUID();
        check.memberId = memberId;
        check.checkedAt = clock.now();
        check.provider = provider;
        check.outcome = IdentityOutcome.of(result);
        check.attempts = result.attempts();
        check.checkedBy = callerContext.caller().name();
        Object requestId = MDC.get(CorrelationId.MDC_KEY);
        check.requestId = requestId == null ? null : requestId.toString();
        if (result instanceof VerificationResult.Answered answered) {
            check.mismatchedFields = IdentityCheck.joinFields(answered.mismatchedFields());
            check.providerReference = answered.reference();
        } else if (result instanceof VerificationResult.Unavailable unavailable) {
            check.failure = unavailable.failure();
            check.failureDetail = truncate(unavailable.detail(), 200);
        }
        check.persist();

        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("identityCheckId", new AuditTrail.Change(null, check.id));
        changes.put("provider", new AuditTrail.Change(null, check.provider));
        changes.put("outcome", new AuditTrail.Change(null, check.outcome));
        changes.put("mismatchedFields", new AuditTrail.Change(null, check.mismatchedFieldNames()));
        changes.put("providerReference", new AuditTrail.Change(null, check.providerReference));
        changes.put("failure", new AuditTrail.Change(null, check.failure));
        changes.put("attempts", new AuditTrail.Change(null, check.attempts));
        auditTrail.recorded(AUDIT_ACTION, AUDIT_TYPE, memberId, changes);
        return check;
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<IdentityCheck> history(UUID memberId, PageRequest page) {
        authorizedMember(memberId);
        List<IdentityCheck> items = IdentityCheck.<IdentityCheck>find("memberId", newestFirst(), memberId)
                .page(page.page, page.size).list();
        return Page.of(items, page, IdentityCheck.count("memberId", memberId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary(UUID memberId) {
        authorizedMember(memberId);
        Optional<IdentityCheck> latest = IdentityCheck.<IdentityCheck>find("memberId", newestFirst(), memberId)
                .firstResultOptional();
        Optional<IdentityCheck> lastVerified = IdentityCheck.<IdentityCheck>find("memberId = ?1 and outcome = ?2",
                newestFirst(), memberId, IdentityOutcome.VERIFIED).firstResultOptional();
        return new Summary(memberId, IdentityCheck.count("memberId", memberId), latest.orElse(null),
                lastVerified.map(check -> check.checkedAt).orElse(null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IdentityCheck get(UUID memberId, UUID checkId) {
        authorizedMember(memberId);
        return IdentityCheck.<IdentityCheck>find("id = ?1 and memberId = ?2", checkId, memberId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Lần đối chiếu danh tính", checkId));
    }

    private Member authorizedMember(UUID memberId) {
        Member member = Member.<Member>findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("Đảng viên", memberId));
        scopeGuard.requireWithin(member.organizationId, CHECKERS);
        return member;
    }

    private static Sort newestFirst() {
        return Sort.descending("checkedAt").and("id", Sort.Direction.Descending);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
