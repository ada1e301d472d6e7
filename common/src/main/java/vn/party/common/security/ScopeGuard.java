package vn.party.common.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import vn.party.common.problem.ProblemException;

/** Refuses (403) an operation on an organization outside the caller's scope. */
@RequestScoped
public class ScopeGuard {

    @Inject
    CallerContext callerContext;

    /** A lookup rather than a plain injection: the gateway uses the caller helpers but owns no tree. */
    @Inject
    Instance<OrganizationHierarchy> hierarchy;

    public void requireRead(UUID organizationId) {
        require(organizationId, OrganizationScope.Access.READ);
    }

    public void requireWrite(UUID organizationId) {
        require(organizationId, OrganizationScope.Access.WRITE);
    }

    /** Requires bloc-admin, or one of {@code roles} with the organization inside the caller's subtree. */
    public void requireWithin(UUID organizationId, Set<String> roles) {
        if (!permits(organizationId, roles)) {
            throw outOfScope(organizationId);
        }
    }

    public boolean permits(UUID organizationId, OrganizationScope.Access access) {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || OrganizationScope.permits(caller, access, ancestry(organizationId));
    }

    public boolean permits(UUID organizationId, Set<String> roles) {
        Caller caller = callerContext.caller();
        return caller.isBlocAdmin() || OrganizationScope.permits(caller, roles, ancestry(organizationId));
    }

    private List<UUID> ancestry(UUID organizationId) {
        return hierarchy.get().ancestry(organizationId).orElse(List.of());
    }

    private void require(UUID organizationId, OrganizationScope.Access access) {
        if (!permits(organizationId, access)) {
            throw outOfScope(organizationId);
        }
    }

    private static ProblemException outOfScope(UUID organizationId) {
        return ProblemException.forbidden(
                "Tổ chức " + organizationId + " nằm ngoài phạm vi của bạn (outside your organization scope)");
    }
}
