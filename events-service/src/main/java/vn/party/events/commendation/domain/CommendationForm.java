package vn.party.events.commendation.domain;

/** Forms of commendation (hình thức khen thưởng). Which level may grant each is policy data, not code. */
public enum CommendationForm {
    /** Biểu dương: praise. */
    BIEU_DUONG("Biểu dương"),
    /** Giấy khen: certificate of merit of a committee. */
    GIAY_KHEN("Giấy khen"),
    /** Bằng khen: certificate of merit of the provincial committee. */
    BANG_KHEN("Bằng khen"),
    /** Huy hiệu Đảng: party badge for years of party seniority (members only). */
    HUY_HIEU_DANG("Huy hiệu Đảng"),
    /** Huân chương: orders of the State. */
    HUAN_CHUONG("Huân chương"),
    /** Huy chương: medals of the State. */
    HUY_CHUONG("Huy chương");

    private final String vietnameseName;

    CommendationForm(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean isBadge() {
        return this == HUY_HIEU_DANG;
    }
}
