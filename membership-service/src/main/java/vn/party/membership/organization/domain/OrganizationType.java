package vn.party.membership.organization.domain;

import java.util.Set;

/** The kinds of party organization and the kinds each may sit under. */
public enum OrganizationType {
    /** Đảng bộ Khối: the top of this tree. */
    BLOC_COMMITTEE("Đảng bộ Khối"),
    /** Đảng bộ cơ sở: a grassroots organization with its own cells. */
    GRASSROOTS_COMMITTEE("Đảng bộ cơ sở"),
    /** Chi bộ cơ sở: a grassroots organization that is itself a cell. */
    GRASSROOTS_CELL("Chi bộ cơ sở"),
    /** Đảng bộ bộ phận: an intermediate committee inside a đảng bộ cơ sở. */
    PARTIAL_COMMITTEE("Đảng bộ bộ phận"),
    /** Chi bộ trực thuộc: a cell under a đảng bộ cơ sở or đảng bộ bộ phận. */
    SUBORDINATE_CELL("Chi bộ trực thuộc"),
    /** Tổ đảng: a party group inside a large cell. */
    PARTY_GROUP("Tổ đảng");

    private final String vietnameseName;

    OrganizationType(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Parent types this type may be placed under; empty means it is a root. */
    public Set<OrganizationType> allowedParents() {
        return switch (this) {
            case BLOC_COMMITTEE -> Set.of();
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> Set.of(BLOC_COMMITTEE);
            case PARTIAL_COMMITTEE -> Set.of(GRASSROOTS_COMMITTEE);
            case SUBORDINATE_CELL -> Set.of(GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE);
            case PARTY_GROUP -> Set.of(GRASSROOTS_CELL, SUBORDINATE_CELL);
        };
    }
}
