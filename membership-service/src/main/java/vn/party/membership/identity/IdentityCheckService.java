package vn.party.membership.identity;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jboss.logging.Logger;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.membership.identity.verifier.IdentityVerifier;
import vn.party.membership.identity.verifier.IdentityVerifiers;
import vn.party.membership.identity.verifier.VerificationRequest;
import vn.party.membership.identity.verifier.VerificationResult;

/**
 * Runs an identity check of a member's stored CCCD, full name and date of birth and records it. The provider is
 * called outside any database transaction (its retries may take seconds); the member is read and the result recorded
 * in short transactions of their own, so an attempt without an answer is still recorded. Logs carry ids, outcomes and
 * failure kinds only, never the person's data.
 */
@ApplicationScoped
public class IdentityCheckService {

    private static final Logger LOG = Logger.getLogger(IdentityCheckService.class);

    @Inject
    IdentityCheckStore store;

    @Inject
    IdentityVerifiers verifiers;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public IdentityCheck check(@NotNull UUID memberId) {
        VerificationRequest subject = store.subject(memberId);
        IdentityVerifier verifier = verifiers.active().orElseThrow(() -> new ProblemException(
                ProblemType.SERVICE_UNAVAILABLE,
                "Chưa cấu hình đối chiếu danh tính với CSDL quốc gia về dân cư (identity verification is not"
                        + " configured: set identity-check.provider)"));
        VerificationResult result = verifier.verify(subject);
        IdentityCheck check = store.record(memberId, verifier.provider(), result);
        LOG.infof("Identity check %s of member %s by %s: %s after %d attempt(s)%s", check.id, memberId,
                check.provider, check.outcome, check.attempts, check.failure == null ? "" : " (" + check.failure + ")");
        return check;
    }

    public Page<IdentityCheck> history(@NotNull UUID memberId, @NotNull @Valid PageRequest page) {
        return store.history(memberId, page);
    }

    public IdentityCheckStore.Summary summary(@NotNull UUID memberId) {
        return store.summary(memberId);
    }

    public IdentityCheck get(@NotNull UUID memberId, @NotNull UUID checkId) {
        return store.get(memberId, checkId);
    }
}
