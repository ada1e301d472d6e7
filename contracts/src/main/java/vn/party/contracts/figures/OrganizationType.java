package vn.party.contracts.figures;

/**
 * Organization types, the keys of {@link MembershipFigures#organizationsByType()}; membership-service's own
 * {@code OrganizationType} is the source (its test checks the two have the same constants in the same order).
 */
public enum OrganizationType {
    BLOC_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    GRASSROOTS_CELL,
    PARTIAL_COMMITTEE,
    SUBORDINATE_CELL,
    PARTY_GROUP
}
