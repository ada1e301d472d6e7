package vn.party.common.security;

import java.util.List;
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

    public boolean permits(UUID organizationId, OrganizationScope.Access access) {
        Caller caller = callerContext.caller();
        if (caller.isBlocAdmin()) {
            return true;
        }
        List<UUID> ancestry = hierarchy.get().ancestry(organizationId).orElse(List.of());
        return OrganizationScope.permits(caller, access, ancestry);
    }

    private void require(UUID organizationId, OrganizationScope.Access access) {
        if (!permits(organizationId, access)) {
            throw ProblemException.forbidden(access == OrganizationScope.Access.WRITE
                    ? "Tổ chức " + organizationId + " nằm ngoài phạm vi quản lý của bạn (outside your scope for changes)"
                    : "Tổ chức " + organizationId + " nằm ngoài phạm vi của bạn (outside your scope)");
        }
    }
}
