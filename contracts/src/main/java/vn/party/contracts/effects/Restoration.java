package vn.party.contracts.effects;

/** What an annulled or reduced decision gives back (the {@code restore} list of a {@link ComplaintEffect}). */
public enum Restoration {
    MEMBERSHIP,
    POST,
    SUSPENSION,
    ORGANIZATION
}
