package vn.party.events.commendation.membership;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.contracts.facts.SeniorityFacts;

/**
 * Binds a member id a client sends to the organization the same request names (object-level authorization):
 * the organization is checked with {@code ScopeGuard} by the caller of this class, the member here. events-service
 * owns no members, so membership-service is asked with the caller's token (it applies the caller's scope again).
 * The member's organization is today's: membership exposes no affiliation on a past date to other services.
 * <p>
 * An unknown member, a member outside the caller's scope and a member of another organization get the same 422,
 * naming neither the member nor their organization, so a refusal cannot be used to probe the register.
 * membership-service unavailable → 503 and nothing is written.
 */
@ApplicationScoped
public class MemberAffiliations {

    public static final String RULE_OUTSIDE_ORGANIZATION = "member.outside-organization";

    @Inject
    MembershipDirectory directory;

    @Inject
    OrganizationHierarchy hierarchy;

    /** The member belongs to {@code organizationId} itself (e.g. the cell that rates them). */
    public void requireMemberOf(UUID memberId, UUID organizationId, String field) {
        UUID actual = organizationOf(memberId, field);
        if (!actual.equals(organizationId)) {
            throw outside(field);
        }
    }

    /** The member belongs to {@code organizationId} or an organization below it. */
    public void requireWithin(UUID memberId, UUID organizationId, String field) {
        UUID actual = organizationOf(memberId, field);
        if (actual.equals(organizationId)) {
            return;
        }
        List<UUID> chain = hierarchy.ancestry(actual).orElse(List.of());
        if (!chain.contains(organizationId)) {
            throw outside(field);
        }
    }

    private UUID organizationOf(UUID memberId, String field) {
        return directory.visibleMember(memberId)
                .map(SeniorityFacts::organizationId)
                .orElseThrow(() -> outside(field));
    }

    static ProblemException outside(String field) {
        String message = "đảng viên không thuộc tổ chức đã nêu trong phạm vi của bạn "
                + "(the member is not in the organization named, within your scope)";
        return new ProblemException(ProblemType.RULE_VIOLATION, field + ": " + message,
                List.of(new Problem.FieldError(RULE_OUTSIDE_ORGANIZATION, message), new Problem.FieldError(field, message)));
    }
}
