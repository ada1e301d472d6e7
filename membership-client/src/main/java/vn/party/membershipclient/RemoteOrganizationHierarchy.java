package vn.party.membershipclient;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.cache.CacheResult;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.OrganizationHierarchy;

/**
 * Asks membership-service where an organization sits. Answers are cached briefly (see
 * {@code quarkus.cache.caffeine."organization-ancestry".expire-after-write}); a restructuring is seen by
 * the other services within that window.
 */
@ApplicationScoped
public class RemoteOrganizationHierarchy implements OrganizationHierarchy {

    private static final Logger LOG = Logger.getLogger(RemoteOrganizationHierarchy.class);

    @Inject
    @RestClient
    MembershipOrganizationsClient client;

    @Override
    @CacheResult(cacheName = "organization-ancestry")
    public Optional<List<UUID>> ancestry(UUID organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(List.copyOf(client.ancestry(organizationId)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            LOG.warnf("membership-service answered %d for the ancestry of %s", status, organizationId);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("membership-service unreachable for the ancestry of %s: %s", organizationId, e.getMessage());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Không kiểm tra được phạm vi tổ chức: dịch vụ đảng viên không phản hồi (membership-service unavailable)");
    }
}
