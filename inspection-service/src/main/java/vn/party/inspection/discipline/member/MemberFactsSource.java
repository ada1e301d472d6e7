package vn.party.inspection.discipline.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import vn.party.common.persistence.remote.OutsideTransaction;
import vn.party.common.persistence.remote.Upstream;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.contracts.facts.DisciplineFacts;

/**
 * Reads member facts from membership-service (the register's owner) rather than trusting the request: whether
 * a member is probationary or holds a post decides which forms are allowed. Not cached: a decision must see
 * today's status. The one error mapping of {@link MembershipMembersClient}: 404 → 400 naming targetMemberId,
 * 403 → 403, anything else (5xx, no answer, timeout, open circuit) → 503. Never inside a transaction.
 */
@ApplicationScoped
@OutsideTransaction
public class MemberFactsSource {

    private static final Logger LOG = Logger.getLogger(MemberFactsSource.class);

    @Inject
    @RestClient
    MembershipMembersClient client;

    public MemberFacts facts(UUID memberId) {
        DisciplineFacts facts;
        try {
            facts = client.facts(memberId);
        } catch (RuntimeException e) {
            throw map(memberId, e);
        }
        if (facts == null || facts.organizationId() == null || facts.status() == null) {
            LOG.warnf("membership-service's discipline facts of member %s are unreadable", memberId);
            throw unavailable();
        }
        return new MemberFacts(memberId, facts.organizationId(), facts.status(), facts.holdsPost());
    }

    private static ProblemException map(UUID memberId, RuntimeException e) {
        int status = Upstream.status(e);
        if (status == 404) {
            return ProblemException.invalidField("targetMemberId", "đảng viên không tồn tại (no such member)");
        }
        if (status == 403) {
            return ProblemException.forbidden("Đảng viên " + memberId + " nằm ngoài phạm vi của bạn (outside your scope)");
        }
        LOG.warnf("membership-service gave no member facts for %s: %s", memberId, Upstream.reason(e));
        return unavailable();
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Không đọc được thông tin đảng viên: dịch vụ đảng viên không phản hồi (membership-service unavailable)");
    }
}
