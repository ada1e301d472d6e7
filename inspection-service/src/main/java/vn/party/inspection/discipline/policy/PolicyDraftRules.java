package vn.party.inspection.discipline.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.rest.PolicyRequests;

/**
 * Checks a new policy version before it is stored: a 400 naming the field for an inconsistent version, a 422
 * {@value #RETROACTIVE} for one that would change, after the fact, which rules recorded decisions were judged by.
 */
public final class PolicyDraftRules {

    public static final String RETROACTIVE = "discipline.policy-retroactive";

    /** Forms a target kind can receive under the Charter; the matrix may not grant others. */
    private static final Set<DisciplineForm> ORGANIZATION_FORMS =
            EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION);
    private static final Set<DisciplineForm> MEMBER_FORMS = EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING,
            DisciplineForm.REMOVAL_FROM_POST, DisciplineForm.EXPULSION);

    private PolicyDraftRules() {
    }

    public static void requireConsistent(PolicyRequests.Create draft) {
        if (draft.suspensionMaxTotalDays() < draft.suspensionMaxInitialDays()) {
            throw ProblemException.invalidField("suspensionMaxTotalDays",
                    "không được nhỏ hơn suspensionMaxInitialDays (must be ≥ suspensionMaxInitialDays)");
        }
        Set<DisciplineForm> seen = EnumSet.noneOf(DisciplineForm.class);
        List<PolicyRequests.FormRule> forms = draft.forms();
        for (int i = 0; i < forms.size(); i++) {
            PolicyRequests.FormRule rule = forms.get(i);
            if (!seen.add(rule.form())) {
                throw ProblemException.invalidField("forms[" + i + "].form", "hình thức " + rule.form()
                        + " đã có (each form once)");
            }
            if (rule.voteDenominator() < rule.voteNumerator()) {
                throw ProblemException.invalidField("forms[" + i + "].voteDenominator",
                        "không được nhỏ hơn voteNumerator: tỉ lệ tối đa 1 (must be ≥ voteNumerator: at most all voters)");
            }
        }
        Set<DisciplineForm> missing = EnumSet.complementOf(EnumSet.copyOf(seen));
        if (!missing.isEmpty()) {
            throw ProblemException.invalidField("forms", "thiếu quy định cho " + missing
                    + " (every form needs its statute and vote threshold)");
        }
        if (draft.authorities() != null) {
            if (draft.authorities().isEmpty()) {
                throw ProblemException.invalidField("authorities",
                        "không được rỗng; bỏ trường này để giữ ma trận thẩm quyền hiện hành (empty; omit it to keep the current matrix)");
            }
            Set<PolicyRequests.Authority> cells = new HashSet<>();
            for (int i = 0; i < draft.authorities().size(); i++) {
                PolicyRequests.Authority cell = draft.authorities().get(i);
                Set<DisciplineForm> allowed = cell.targetKind() == TargetKind.ORGANIZATION ? ORGANIZATION_FORMS : MEMBER_FORMS;
                if (!allowed.contains(cell.form())) {
                    throw ProblemException.invalidField("authorities[" + i + "].form", cell.form() + " không áp dụng với "
                            + (cell.targetKind() == TargetKind.ORGANIZATION ? "tổ chức đảng" : "đảng viên")
                            + " (this form does not apply to this kind of target)");
                }
                if (!cells.add(cell)) {
                    throw ProblemException.invalidField("authorities[" + i + "]", "trùng lặp (duplicate)");
                }
            }
        }
    }

    /**
     * The retroactivity rule: a version may take effect on a date D only if no decision and no suspension already
     * recorded is dated on or after D (and before the next version, if one exists after D). Those were checked against
     * the version in force on their date; a new version from D would change, after the fact, which rules they were
     * judged by. A past date is fine when nothing was recorded since; a date after every recorded decision and
     * suspension always is.
     *
     * @param latestJudged the latest decision date or suspension start date on or after D, if any
     */
    public static void requireNotRetroactive(LocalDate effectiveFrom, LocalDate latestJudged, long judgedCount) {
        if (judgedCount > 0) {
            throw ProblemException.ruleViolated(RETROACTIVE, "Đã có " + judgedCount + " quyết định kỷ luật/đình chỉ từ ngày "
                    + effectiveFrom + " (muộn nhất " + latestJudged + ") được xét theo quy định đang có hiệu lực; phiên bản mới phải"
                    + " có hiệu lực sau ngày " + latestJudged + " (decisions already judged by the current rules on or after"
                    + " that date: a new version cannot take effect before them)");
        }
    }
}
