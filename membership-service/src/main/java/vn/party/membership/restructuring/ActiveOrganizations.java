package vn.party.membership.restructuring;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.party.common.persistence.restructuring.ReceivingOrganizations;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;

/** Membership's register decides which organizations are active: the ones that may receive a dissolved one's records. */
@ApplicationScoped
public class ActiveOrganizations implements ReceivingOrganizations {

    @Override
    public boolean activeToday(UUID organizationId) {
        return Organization.<Organization>findByIdOptional(organizationId)
                .filter(organization -> organization.status == OrganizationStatus.ACTIVE).isPresent();
    }
}
