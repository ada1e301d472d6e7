package vn.party.inspection.discipline.rules;

import java.util.Optional;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.DisciplinePolicy;

/**
 * The authority matrix by the deciding body's LEVEL ({@code discipline_policy_body_level}): the body kind declared
 * must exist at an organization of that type (a cell has no UBKT), and that body at that level must be allowed the
 * form on that target (a grassroots UBKT does not expel). The organization's type is the one the local replica of the
 * tree holds for the decision date. A version without rows of this matrix checks only the plain matrix.
 */
public final class BodyLevelRules {

    private BodyLevelRules() {
    }

    /**
     * @param organizationType the deciding organization's type (membership's) on the decision date; empty when the
     *                         replica knows no such organization on that date
     */
    public static void requireBodyAtItsLevel(DisciplinePolicy policy, DecidingBodyKind body, Optional<String> organizationType,
            TargetKind target, DisciplineForm form) {
        if (policy.bodyLevels().isEmpty()) {
            return;
        }
        if (organizationType.isEmpty()) {
            throw ProblemException.ruleViolated("decidingOrganizationId",
                    "tổ chức không tồn tại vào ngày quyết định (unknown organization on the decision date)");
        }
        String type = organizationType.get();
        boolean bodyExists = policy.bodyLevels().stream().anyMatch(l -> l.body() == body && l.organizationType().equals(type));
        if (!bodyExists) {
            throw ProblemException.ruleViolated("decidingBodyKind", "Tổ chức loại " + type + " không có " + body
                    + " (no such body at an organization of this type)");
        }
        if (!policy.bodyLevels().contains(new DisciplinePolicy.BodyLevel(body, type, target, form))) {
            throw ProblemException.ruleViolated(DisciplineRules.AUTHORITY, body + " của tổ chức loại " + type
                    + " không có thẩm quyền áp dụng " + form + " đối với "
                    + (target == TargetKind.MEMBER ? "đảng viên" : "tổ chức đảng") + " (outside the authority of this level,"
                    + " policy from " + policy.effectiveFrom() + ")");
        }
    }
}
