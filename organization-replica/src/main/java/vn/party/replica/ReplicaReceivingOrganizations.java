package vn.party.replica;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.common.persistence.restructuring.ReceivingOrganizations;

/** An organization may receive a dissolved organization's open records when the replica holds it active today. */
@ApplicationScoped
public class ReplicaReceivingOrganizations implements ReceivingOrganizations {

    @Inject
    ReplicaOrganizations organizations;

    @Override
    public boolean activeToday(UUID organizationId) {
        return organizations.today(organizationId).filter(period -> "ACTIVE".equals(period.status())).isPresent();
    }
}
