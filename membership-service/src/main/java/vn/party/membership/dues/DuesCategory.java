package vn.party.membership.dues;

/** What a member's monthly due is computed from (QĐ 342-QĐ/TW). */
public enum DuesCategory {
    /** Cán bộ, công chức, viên chức, lực lượng vũ trang, người lao động: a percentage of the declared monthly income. */
    SALARIED("Hưởng lương, tiền công"),
    /** Hưởng lương hưu, trợ cấp bảo hiểm xã hội: a percentage of the monthly pension. */
    PENSIONER("Hưởng lương hưu"),
    /** Others (students, no regular income, self-employed…): the fixed monthly amount of their band. */
    OTHER("Đối tượng khác (mức cố định)");

    private final String vietnameseName;

    DuesCategory(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
