package vn.party.membership.member.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/**
 * Which status changes may be recorded directly and which only through their lawful path. Expulsion (khai trừ) and
 * suspension of activity (đình chỉ sinh hoạt) are acts with legal effect: they exist only as inspection's decisions
 * and reach the register through the effects receiver, which also reverses them (end of a suspension, annulment on
 * complaint). Nobody, the bloc office included, sets or lifts them by hand: a status without its decision would be
 * believed, and would revoke a party badge downstream.
 */
public final class StatusPathRules {

    public static final String LAWFUL_PATH = "member.status.lawful-path";

    /** Statuses that only an inspection decision sets or lifts. */
    public static final Set<MemberStatus> LEGAL_EFFECT = EnumSet.of(MemberStatus.EXPELLED, MemberStatus.SUSPENDED);

    private StatusPathRules() {
    }

    /** Whether {@code from → to} may be recorded without a decision delivered by inspection. */
    public static boolean directlyRecordable(MemberStatus from, MemberStatus to) {
        if (LEGAL_EFFECT.contains(to)) {
            return false;
        }
        // out of a legal-effect status only by its reversal (a decision), except a death, which no decision waits for
        return !LEGAL_EFFECT.contains(from) || (from == MemberStatus.SUSPENDED && to == MemberStatus.DECEASED);
    }

    /** Refuses with 422 {@value #LAWFUL_PATH} (field {@code status}) what only a decision may do. */
    public static void requireDirectlyRecordable(MemberStatus from, MemberStatus to) {
        if (directlyRecordable(from, to)) {
            return;
        }
        String detail = LEGAL_EFFECT.contains(to)
                ? "Khai trừ và đình chỉ sinh hoạt chỉ có hiệu lực theo quyết định của cấp có thẩm quyền, do bên kiểm tra"
                        + " chuyển sang; không ghi trực tiếp (" + to + " comes only from an inspection decision)"
                : "Đảng viên đang ở tình trạng " + from.vietnameseName() + " theo quyết định; chỉ quyết định hủy, giảm"
                        + " hoặc hết thời hạn mới khôi phục (leaving " + from + " comes only from a decision)";
        throw new ProblemException(ProblemType.RULE_VIOLATION, detail,
                List.of(new Problem.FieldError(LAWFUL_PATH, detail), new Problem.FieldError("status", detail)));
    }
}
