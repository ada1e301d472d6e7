package vn.party.inspection.discipline.member;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.OrganizationHierarchy;
import vn.party.common.security.ScopeGuard;

/**
 * Binds a member id sent by a client to the caller's scope. The member's organization is read from membership with
 * the caller's token (so membership's own read rules apply too) and must lie in the caller's subtree; a member
 * outside it is refused with 403 before anything else is said about them (not even whether they belong to the
 * organization named in the request).
 */
@ApplicationScoped
public class MemberScope {

    @Inject
    MemberFactsReads memberFacts;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    OrganizationHierarchy hierarchy;

    /**
     * The member's facts, once their organization is inside the caller's subtree for one of {@code roles}: check the
     * scope before any rule on the facts, or the rule's answer (on the roll, probationary...) becomes an oracle.
     */
    public MemberFacts facts(UUID memberId, Set<String> roles) {
        MemberFacts facts = memberFacts.facts(memberId);
        if (!scopeGuard.permits(facts.organizationId(), roles)) {
            throw ProblemException.forbidden("Đảng viên " + memberId + " nằm ngoài phạm vi của bạn (outside your scope)");
        }
        return facts;
    }

    /** The member's current organization, once it is inside the caller's subtree for one of {@code roles}. */
    public UUID requireWithin(UUID memberId, Set<String> roles) {
        return facts(memberId, roles).organizationId();
    }

    /** Whether {@code memberOrganization} is {@code organizationId} or lies below it in today's tree. */
    public boolean inSubtree(UUID memberOrganization, UUID organizationId) {
        return hierarchy.ancestry(memberOrganization).map(a -> a.contains(organizationId)).orElse(false);
    }
}
