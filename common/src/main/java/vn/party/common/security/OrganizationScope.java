package vn.party.common.security;

import java.util.List;
import java.util.UUID;

/**
 * Decides whether an organization lies inside a caller's scope. Plain logic, no framework: the target is
 * given by its ancestry (the organization itself first, then its parents up to the root).
 *
 * <ul>
 *   <li>{@code bloc-admin}: every organization, read and write.</li>
 *   <li>{@code org-secretary}: read and write inside the subtree of the caller's organization.</li>
 *   <li>{@code inspector}, {@code integration}: read inside the subtree of the caller's organization.</li>
 *   <li>{@code member}: no organization-wide access (members see themselves through their own record).</li>
 * </ul>
 * A caller without an organization claim has no subtree, so only bloc-admin passes without one.
 */
public final class OrganizationScope {

    public enum Access { READ, WRITE }

    private OrganizationScope() {
    }

    public static boolean permits(Caller caller, Access access, List<UUID> targetAncestry) {
        if (caller.isBlocAdmin()) {
            return true;
        }
        if (caller.organizationId().isEmpty() || targetAncestry.isEmpty()) {
            return false;
        }
        boolean insideSubtree = targetAncestry.contains(caller.organizationId().get());
        if (!insideSubtree) {
            return false;
        }
        return switch (access) {
            case WRITE -> caller.hasRole(Roles.ORG_SECRETARY);
            case READ -> caller.hasRole(Roles.ORG_SECRETARY) || caller.hasRole(Roles.INSPECTOR)
                    || caller.hasRole(Roles.INTEGRATION);
        };
    }
}
