package vn.party.inspection.discipline.member;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * Reads member facts from membership-service (the register's owner) rather than trusting the request: whether
 * a member is probationary or holds a post decides which forms are allowed. Not cached: a decision must see
 * today's status.
 */
@ApplicationScoped
public class MemberFactsSource {

    private static final Logger LOG = Logger.getLogger(MemberFactsSource.class);

    @Inject
    @RestClient
    MembershipMembersClient client;

    public MemberFacts facts(UUID memberId, boolean withPosts) {
        try {
            MembershipMembersClient.Dossier dossier = client.dossier(memberId);
            boolean holdsPost = false;
            if (withPosts) {
                MembershipMembersClient.Positions positions = client.positions(memberId, 200);
                holdsPost = positions.items() != null
                        && positions.items().stream().anyMatch(MembershipMembersClient.Position::current);
            }
            return new MemberFacts(memberId, dossier.organizationId(), dossier.status(), holdsPost);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw ProblemException.invalidField("targetMemberId", "đảng viên không tồn tại (no such member)");
            }
            if (status == 403) {
                throw ProblemException.forbidden("Đảng viên " + memberId + " nằm ngoài phạm vi của bạn (outside your scope)");
            }
            LOG.warnf("membership-service answered %d for member %s", status, memberId);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("membership-service unreachable for member %s: %s", memberId, e.getMessage());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Không đọc được hồ sơ đảng viên: dịch vụ đảng viên không phản hồi (membership-service unavailable)");
    }
}
