package vn.party.common.persistence.restructuring;

import java.util.UUID;

/**
 * Which organizations may take over an open record of an organization dissolved without a receiver: each service
 * answers from its own view of the tree (membership its register, inspection and events their replicas).
 */
public interface ReceivingOrganizations {

    /** True when the organization exists and is active today (Vietnam date). */
    boolean activeToday(UUID organizationId);
}
