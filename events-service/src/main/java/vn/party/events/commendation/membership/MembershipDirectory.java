package vn.party.events.commendation.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * What commendations learn from membership-service about members and organizations. A 404 is an answer (empty),
 * a 403 is membership refusing the caller (passed on as 403), anything else is membership being unavailable (503).
 */
@ApplicationScoped
public class MembershipDirectory {

    private static final Logger LOG = Logger.getLogger(MembershipDirectory.class);

    /** Membership's statuses of members still on the roll. */
    public static final List<String> ACTIVE_STATUSES = List.of("PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED");

    static final int PAGE_SIZE = 200;

    @Inject
    @RestClient
    MembershipDirectoryClient client;

    public Optional<MembershipDirectoryClient.MemberDossier> member(UUID id) {
        return call(() -> client.member(id), "member " + id);
    }

    /**
     * The member's dossier when membership lets the caller read it; empty when the member is unknown or outside the
     * caller's scope (404 and 403 alike), so what a refusal says cannot tell the two apart.
     */
    public Optional<MembershipDirectoryClient.MemberDossier> visibleMember(UUID id) {
        try {
            return member(id);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public Optional<MembershipDirectoryClient.OrganizationInfo> organization(UUID id) {
        return call(() -> client.organization(id), "organization " + id);
    }

    /** Every active member in the subtree of {@code organizationId}, all pages. */
    public List<MembershipDirectoryClient.MemberSummary> activeMembers(UUID organizationId) {
        List<MembershipDirectoryClient.MemberSummary> all = new ArrayList<>();
        int page = 0;
        while (true) {
            int current = page;
            MembershipDirectoryClient.MemberPage result = call(
                    () -> client.members(organizationId, ACTIVE_STATUSES, "ADMISSION_DATE", current, PAGE_SIZE),
                    "members of " + organizationId)
                    .orElseThrow(() -> ProblemException.notFound("Tổ chức", organizationId));
            if (result.items() != null) {
                all.addAll(result.items());
            }
            page++;
            if (result.items() == null || result.items().isEmpty() || page >= result.totalPages()) {
                return all;
            }
        }
    }

    private static <T> Optional<T> call(Supplier<T> request, String what) {
        try {
            return Optional.ofNullable(request.get());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 403) {
                throw ProblemException.forbidden("Dịch vụ đảng viên từ chối: " + what
                        + " nằm ngoài phạm vi của bạn (outside your scope in membership-service)");
            }
            LOG.warnf("membership-service answered %d for %s", status, what);
            throw unavailable();
        } catch (ProcessingException e) {
            LOG.warnf("membership-service unreachable for %s: %s", what, e.getMessage());
            throw unavailable();
        }
    }

    private static ProblemException unavailable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                "Dịch vụ đảng viên không phản hồi (membership-service unavailable)");
    }
}
