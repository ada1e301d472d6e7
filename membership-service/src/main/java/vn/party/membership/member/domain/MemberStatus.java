package vn.party.membership.member.domain;

import java.util.EnumSet;
import java.util.Set;

/** Status of a party member (tình trạng đảng viên). */
public enum MemberStatus {
    PROBATIONARY("Dự bị"),
    OFFICIAL("Chính thức"),
    EXEMPTED("Miễn sinh hoạt"),
    SUSPENDED("Đình chỉ sinh hoạt"),
    TRANSFERRED_OUT("Đã chuyển sinh hoạt đi"),
    REMOVED("Xóa tên"),
    LEFT("Ra khỏi Đảng"),
    EXPELLED("Khai trừ"),
    DECEASED("Từ trần");

    /** Still on the organization's roll (counted in its membership). */
    public static final Set<MemberStatus> ACTIVE = EnumSet.of(PROBATIONARY, OFFICIAL, EXEMPTED, SUSPENDED);

    private final String vietnameseName;

    MemberStatus(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}
