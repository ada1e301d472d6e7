package vn.party.events.commendation.domain;

import java.util.Set;

/**
 * The level that decides a commendation. CELL, GRASSROOTS and BLOC are organizations of the tree (their committee
 * decides); PROVINCIAL (Tỉnh ủy, its standing committee) and STATE are outside it.
 */
public enum IssuingLevel {
    /** Chi bộ. */
    CELL("Chi bộ", 1),
    /** Đảng ủy cơ sở / chi bộ cơ sở. */
    GRASSROOTS("Cấp ủy cơ sở", 2),
    /** Đảng ủy Khối. */
    BLOC("Đảng ủy Khối", 3),
    /** Tỉnh ủy, Ban Thường vụ Tỉnh ủy. */
    PROVINCIAL("Tỉnh ủy", 4),
    /** Nhà nước (Chủ tịch nước, Thủ tướng). */
    STATE("Nhà nước", 5);

    private final String vietnameseName;
    private final int rank;

    IssuingLevel(String vietnameseName, int rank) {
        this.vietnameseName = vietnameseName;
        this.rank = rank;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether the deciding organization is one of the tree (its id is recorded and scope-checked). */
    public boolean inTree() {
        return this == CELL || this == GRASSROOTS || this == BLOC;
    }

    public boolean above(IssuingLevel other) {
        return rank > other.rank;
    }

    /**
     * Whether an organization of membership's {@code organizationType} decides at this level: cells (chi bộ trực
     * thuộc, and a chi bộ cơ sở, which is itself a cell), grassroots organizations (đảng bộ cơ sở, chi bộ cơ sở),
     * the bloc committee.
     */
    public boolean matchesOrganizationType(String organizationType) {
        if (organizationType == null) {
            return false;
        }
        return switch (this) {
            case CELL -> Set.of("SUBORDINATE_CELL", "GRASSROOTS_CELL").contains(organizationType);
            case GRASSROOTS -> GRASSROOTS_TYPES.contains(organizationType);
            case BLOC -> "BLOC_COMMITTEE".equals(organizationType);
            case PROVINCIAL, STATE -> false;
        };
    }

    /** Membership's organization types that are grassroots organizations (tổ chức cơ sở đảng). */
    public static final Set<String> GRASSROOTS_TYPES = Set.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL");
}
