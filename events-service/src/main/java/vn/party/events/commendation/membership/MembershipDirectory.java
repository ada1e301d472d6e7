package vn.party.events.commendation.membership;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.Arc;

import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;
import vn.party.contracts.member.MemberStatus;
import vn.party.contracts.member.MemberSummary;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * What commendations learn from membership-service about members (organizations come from the replica). A 404 is an answer (empty),
 * a 403 is membership refusing the caller (passed on as 403), anything else is membership being unavailable (503).
 */
@ApplicationScoped
public class MembershipDirectory {

    /** Membership's statuses of members still on the roll, as the register list is asked for them. */
    public static final List<String> ACTIVE_STATUSES = MemberStatus.ACTIVE.stream().map(Enum::name).toList();

    static final int PAGE_SIZE = 200;

    @Inject
    MembershipDirectoryAdapter remote;

    @Inject
    DirectoryReads reads;

    /**
     * Reads these members now, outside any transaction, for the service that runs next in this request (null ids
     * are skipped). Call it from the endpoint before the service's transaction opens. (Organizations are not read
     * here: their name, type and place come from the local replica, {@code ReplicaOrganizations}.)
     */
    public void prefetch(Collection<UUID> members) {
        members.stream().filter(Objects::nonNull).distinct()
                .forEach(id -> reads.prefetch(DirectoryReads.member(id), () -> remote.member(id)));
    }

    public Optional<SeniorityFacts> member(UUID id) {
        return inRequest() ? reads.get(DirectoryReads.member(id), () -> remote.member(id)) : remote.member(id);
    }

    /**
     * The member's seniority facts (not the dossier) when membership lets the caller read them; empty when the
     * member is unknown or outside the caller's scope (404 and 403 alike), so a refusal cannot tell the two apart.
     */
    public Optional<SeniorityFacts> visibleMember(UUID id) {
        try {
            return member(id);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every active member in the subtree of {@code organizationId}, all pages. */
    public List<MemberSummary> activeMembers(UUID organizationId) {
        List<MemberSummary> all = new ArrayList<>();
        int page = 0;
        while (true) {
            int current = page;
            MemberPage result = remote.members(organizationId, ACTIVE_STATUSES, current,
                    PAGE_SIZE)
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

    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }
}
