package vn.party.membership.identity;

import vn.party.membership.identity.verifier.VerificationResult;

/** What a recorded identity check found. */
public enum IdentityOutcome {
    VERIFIED("Khớp với Cơ sở dữ liệu quốc gia về dân cư"),
    MISMATCH("Không khớp"),
    NOT_FOUND("Không tìm thấy trong Cơ sở dữ liệu quốc gia về dân cư"),
    UNAVAILABLE("Không kiểm tra được (không có câu trả lời của nền tảng)");

    private final String vietnameseName;

    IdentityOutcome(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public static IdentityOutcome of(VerificationResult result) {
        if (result instanceof VerificationResult.Answered answered) {
            return switch (answered.verdict()) {
                case MATCH -> VERIFIED;
                case MISMATCH -> MISMATCH;
                case NOT_FOUND -> NOT_FOUND;
            };
        }
        return UNAVAILABLE;
    }
}
