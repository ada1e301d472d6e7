package vn.party.events.commendation.membership;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import vn.party.common.persistence.remote.OutsideTransaction;
import vn.party.common.persistence.remote.Upstream;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;

/**
 * The one error mapping of {@link MembershipDirectoryClient}: a 404 is an answer (empty), a 403 is membership
 * refusing the caller (403), anything else (5xx, no answer, timeout, open circuit) is membership unavailable (503).
 * Never inside an open transaction ({@link OutsideTransaction}); services go through {@link MembershipDirectory}.
 */
@ApplicationScoped
@OutsideTransaction
public class MembershipDirectoryAdapter {

    private static final Logger LOG = Logger.getLogger(MembershipDirectoryAdapter.class);

    @Inject
    @RestClient
    MembershipDirectoryClient client;

    public Optional<SeniorityFacts> member(UUID id) {
        return call(() -> client.seniorityFacts(id), "member " + id);
    }

    public Optional<MemberPage> members(UUID organizationId, List<String> statuses, int page,
            int size) {
        return call(() -> client.members(organizationId, statuses, "ADMISSION_DATE", page, size),
                "members of " + organizationId);
    }

    private static <T> Optional<T> call(Supplier<T> request, String what) {
        try {
            return Optional.ofNullable(request.get());
        } catch (RuntimeException e) {
            int status = Upstream.status(e);
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 403) {
                throw ProblemException.forbidden("Dịch vụ đảng viên từ chối: " + what
                        + " nằm ngoài phạm vi của bạn (outside your scope in membership-service)");
            }
            LOG.warnf("membership-service gave no answer for %s: %s", what, Upstream.reason(e));
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "Dịch vụ đảng viên không phản hồi (membership-service unavailable)");
        }
    }
}
