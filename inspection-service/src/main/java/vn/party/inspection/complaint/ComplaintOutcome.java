package vn.party.inspection.complaint;

/** Giữ nguyên (uphold), giảm hình thức (reduce to a lighter form), hủy quyết định (annul). */
public enum ComplaintOutcome {
    UPHOLD,
    REDUCE,
    ANNUL
}
