package vn.party.inspection.discipline.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.member.MemberStatus;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.DisciplinePolicy;

/**
 * The discipline rules, as plain functions of the policy version in force and the facts: each refusal is a 422
 * naming its rule ({@code discipline.form-for-target}, {@code discipline.authority}, {@code discipline.vote},
 * {@code discipline.suspension}); the statute of limitations is {@link StatuteRules}, the matrix by level
 * {@link BodyLevelRules}.
 */
public final class DisciplineRules {

    public static final String FORM_FOR_TARGET = "discipline.form-for-target";
    public static final String AUTHORITY = "discipline.authority";
    public static final String VOTE = "discipline.vote";
    public static final String STATUTE = "discipline.statute";
    public static final String SUSPENSION = "discipline.suspension";
    public static final String TARGET_STATUS = "discipline.target-status";

    private static final Set<DisciplineForm> ORGANIZATION_FORMS =
            EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING, DisciplineForm.DISSOLUTION);
    private static final Set<DisciplineForm> PROBATIONARY_FORMS = EnumSet.of(DisciplineForm.REPRIMAND, DisciplineForm.WARNING);

    private DisciplineRules() {
    }

    /**
     * The Charter's forms per target: organizations khiển trách/cảnh cáo/giải tán; members never giải tán;
     * probationary members khiển trách/cảnh cáo only; cách chức only for a member holding a post
     * ({@code holdsPost} empty: not known yet, checked at the decision).
     */
    public static void requireFormForTarget(TargetKind target, DisciplineForm form, boolean probationary,
            Optional<Boolean> holdsPost) {
        if (target == TargetKind.ORGANIZATION) {
            if (!ORGANIZATION_FORMS.contains(form)) {
                throw refused(FORM_FOR_TARGET, "Tổ chức đảng chỉ bị khiển trách, cảnh cáo hoặc giải tán; không áp dụng "
                        + form + " (organizations: REPRIMAND, WARNING or DISSOLUTION only)");
            }
            return;
        }
        if (form == DisciplineForm.DISSOLUTION) {
            throw refused(FORM_FOR_TARGET, "Giải tán chỉ áp dụng với tổ chức đảng (DISSOLUTION applies to organizations only)");
        }
        if (probationary && !PROBATIONARY_FORMS.contains(form)) {
            throw refused(FORM_FOR_TARGET, "Đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo; không áp dụng " + form
                    + " (probationary members: REPRIMAND or WARNING only)");
        }
        if (form == DisciplineForm.REMOVAL_FROM_POST && holdsPost.isPresent() && !holdsPost.get()) {
            throw refused(FORM_FOR_TARGET, "Cách chức chỉ áp dụng với đảng viên đang giữ chức vụ"
                    + " (REMOVAL_FROM_POST only for a member currently holding a post)");
        }
    }

    /**
     * Expelled, removed, departed, transferred-out or deceased members are no longer disciplined here: only those
     * still on the roll ({@link MemberStatus#ACTIVE}).
     */
    public static void requireOnTheRoll(MemberStatus memberStatus) {
        if (memberStatus == null || !memberStatus.isActive()) {
            throw refused(TARGET_STATUS, "Đảng viên có trạng thái " + memberStatus
                    + " không còn trong danh sách sinh hoạt (the member is no longer on the roll)");
        }
    }

    /**
     * The authority matrix of the policy, and where the deciding body sits: a cell decides on its own members;
     * a committee or UBKT on members of its organization's subtree, and on organizations strictly below it.
     *
     * @param targetAncestry the target organization first, then its ancestors up to the root
     */
    public static void requireAuthority(DisciplinePolicy policy, DecidingBodyKind body, UUID decidingOrganization,
            TargetKind target, List<UUID> targetAncestry, DisciplineForm form) {
        if (!policy.authorizes(body, target, form)) {
            throw refused(AUTHORITY, body + " không có thẩm quyền áp dụng " + form + " đối với "
                    + (target == TargetKind.MEMBER ? "đảng viên" : "tổ chức đảng") + " (outside the authority matrix of the policy from "
                    + policy.effectiveFrom() + ")");
        }
        UUID targetOrganization = targetAncestry.isEmpty() ? null : targetAncestry.get(0);
        boolean placed;
        if (target == TargetKind.ORGANIZATION) {
            placed = targetAncestry.contains(decidingOrganization) && !decidingOrganization.equals(targetOrganization);
        } else if (body == DecidingBodyKind.CELL) {
            placed = decidingOrganization.equals(targetOrganization);
        } else {
            placed = targetAncestry.contains(decidingOrganization);
        }
        if (!placed) {
            throw refused(AUTHORITY, "Cơ quan quyết định (" + body + ", " + decidingOrganization
                    + ") không phải cấp có thẩm quyền đối với đối tượng này (the deciding body is not above or over the target)");
        }
    }

    /** The vote over ALL entitled voters (not those present) must reach the form's threshold. */
    public static void requireVote(DisciplinePolicy policy, DisciplineForm form, int entitledVoters, int votesFor) {
        DisciplinePolicy.VoteThreshold threshold = formRule(policy, form).threshold();
        if (!threshold.passes(votesFor, entitledVoters)) {
            throw refused(VOTE, votesFor + "/" + entitledVoters + " phiếu tán thành không đạt " + threshold.describe()
                    + " số đảng viên/ủy viên có quyền biểu quyết cho " + form + " (vote below the threshold over all entitled voters)");
        }
    }

    /** An initial suspension of at most the policy's initial maximum (90 days). */
    public static void requireInitialSuspension(DisciplinePolicy policy, int days) {
        if (days > policy.suspensionMaxInitialDays()) {
            throw refused(SUSPENSION, "Đình chỉ sinh hoạt lần đầu tối đa " + policy.suspensionMaxInitialDays()
                    + " ngày, đề nghị " + days + " (initial suspension too long)");
        }
    }

    /** Extensions bring the total to at most the policy's maximum (180 days). */
    public static void requireExtension(DisciplinePolicy policy, int currentTotalDays, int additionalDays) {
        int total = currentTotalDays + additionalDays;
        if (total > policy.suspensionMaxTotalDays()) {
            throw refused(SUSPENSION, "Tổng thời gian đình chỉ sinh hoạt tối đa " + policy.suspensionMaxTotalDays()
                    + " ngày; gia hạn thành " + total + " ngày (total suspension too long)");
        }
    }

    private static DisciplinePolicy.FormRule formRule(DisciplinePolicy policy, DisciplineForm form) {
        DisciplinePolicy.FormRule rule = policy.forms().get(form);
        if (rule == null) {
            throw refused("discipline.policy", "Quy định từ " + policy.effectiveFrom() + " không có tham số cho " + form
                    + " (the policy has no parameters for this form)");
        }
        return rule;
    }

    private static ProblemException refused(String rule, String detail) {
        return ProblemException.ruleViolated(rule, detail);
    }
}
