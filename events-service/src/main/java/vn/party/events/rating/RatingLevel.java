package vn.party.events.rating;

/** Quality levels of the annual review (xếp loại chất lượng), best first. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ (HTXSNV). */
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ (HTTNV). */
    GOOD("Hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ (HTNV). */
    COMPLETED("Hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ (KHTNV). */
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String vietnameseName;

    RatingLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** This level or a better one. */
    public boolean atLeast(RatingLevel other) {
        return ordinal() <= other.ordinal();
    }

    public boolean goodOrBetter() {
        return atLeast(GOOD);
    }
}
