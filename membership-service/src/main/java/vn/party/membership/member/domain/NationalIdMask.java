package vn.party.membership.member.domain;

/** "001085012345" → "001******345": enough to tell records apart, not enough to reuse. */
public final class NationalIdMask {

    private NationalIdMask() {
    }

    public static String mask(String nationalId) {
        if (nationalId == null || nationalId.length() < 7) {
            return nationalId == null ? null : "*".repeat(nationalId.length());
        }
        return nationalId.substring(0, 3) + "*".repeat(nationalId.length() - 6)
                + nationalId.substring(nationalId.length() - 3);
    }
}
