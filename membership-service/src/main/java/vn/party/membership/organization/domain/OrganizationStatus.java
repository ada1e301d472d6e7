package vn.party.membership.organization.domain;

public enum OrganizationStatus {
    ACTIVE,
    MERGED,
    DISSOLVED
}
