package vn.party.membership.leaving;

/** Why a member is removed from the list (xóa tên): the fixed grounds; OTHER needs its own text. */
public enum RemovalReason {
    NOT_ATTENDING_OR_PAYING("Bỏ sinh hoạt hoặc không đóng đảng phí 3 tháng trong năm không có lý do chính đáng"),
    LOSS_OF_QUALITIES("Giảm sút ý chí phấn đấu, không còn đủ tư cách đảng viên"),
    OTHER("Lý do khác");

    private final String vietnameseText;

    RemovalReason(String vietnameseText) {
        this.vietnameseText = vietnameseText;
    }

    public String vietnameseText() {
        return vietnameseText;
    }
}
