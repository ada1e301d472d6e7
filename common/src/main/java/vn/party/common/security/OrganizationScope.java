package vn.party.common.security;

import java.util.List;
import java.util.Set;
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

    private static final Set<String> READERS = Set.of(Roles.ORG_SECRETARY, Roles.INSPECTOR, Roles.INTEGRATION);
    private static final Set<String> WRITERS = Set.of(Roles.ORG_SECRETARY);

    public static boolean permits(Caller caller, Access access, List<UUID> targetAncestry) {
        return permits(caller, access == Access.WRITE ? WRITERS : READERS, targetAncestry);
    }

    /**
     * The general rule: bloc-admin always; otherwise the caller must hold one of {@code subtreeRoles} and the
     * target must be the caller's organization or lie below it. Services whose writers are not secretaries
     * (inspectors write inspection records) pass their own role set.
     */
    public static boolean permits(Caller caller, Set<String> subtreeRoles, List<UUID> targetAncestry) {
        if (caller.isBlocAdmin()) {
            return true;
        }
        if (caller.organizationId().isEmpty() || targetAncestry.isEmpty()) {
            return false;
        }
        return targetAncestry.contains(caller.organizationId().get())
                && subtreeRoles.stream().anyMatch(caller::hasRole);
    }
}
