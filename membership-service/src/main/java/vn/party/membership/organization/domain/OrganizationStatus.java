package vn.party.membership.organization.domain;

/** Where an organization stands; only ACTIVE organizations take part in the tree and can be restructured. */
public enum OrganizationStatus {
    ACTIVE,
    /** Merged into another organization (its {@code successorId}). */
    MERGED,
    /** Split into new organizations (its successors are listed in its history). */
    SPLIT,
    DISSOLVED
}
