package vn.party.events.rating;

/** What the excellent quota is a percentage of (a policy parameter). */
public enum QuotaBase {
    /** The members rated GOOD (hoàn thành tốt nhiệm vụ): DOMAIN.md's wording "≤ 20% of those rated good". */
    GOOD,
    /** The members rated GOOD or EXCELLENT. */
    GOOD_OR_BETTER
}
