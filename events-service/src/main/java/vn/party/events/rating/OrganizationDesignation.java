package vn.party.events.rating;

/**
 * What an organization approved EXCELLENT may be named (DOMAIN.md "Annual review and rating"). Ordered: EXEMPLARY
 * (tiêu biểu) is given only to an organization that is also CLEAN_AND_STRONG, so the rating stores the highest one.
 */
public enum OrganizationDesignation {
    CLEAN_AND_STRONG("Trong sạch, vững mạnh"),
    EXEMPLARY("Trong sạch, vững mạnh tiêu biểu");

    private final String vietnameseName;

    OrganizationDesignation(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether an organization with this (highest) designation also holds {@code other}. */
    public boolean includes(OrganizationDesignation other) {
        return compareTo(other) >= 0;
    }
}
