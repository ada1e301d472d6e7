package vn.party.membership.organization.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

public record OrganizationView(
        UUID id,
        String code,
        String name,
        OrganizationType type,
        String typeName,
        String hostAgency,
        UUID parentId,
        OrganizationStatus status,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        UUID successorId,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id, organization.code, organization.name, organization.type,
                organization.type.vietnameseName(), organization.hostAgency, organization.parentId,
                organization.status, organization.foundedOn, organization.dissolvedOn, organization.successorId,
                organization.version,
                organization.createdAt, organization.updatedAt);
    }
}
