package vn.party.membership.organization.domain;

import java.util.UUID;

import vn.party.common.problem.ProblemException;

/** Placement rules of the organization tree, callable without a container. */
public final class OrganizationRules {

    private OrganizationRules() {
    }

    /** A type may only sit under the parent types the Charter gives it; roots have no parent. */
    public static void checkPlacement(OrganizationType type, OrganizationType parentType) {
        if (type.allowedParents().isEmpty()) {
            if (parentType != null) {
                throw ProblemException.ruleViolated("organization.placement",
                        type.vietnameseName() + " là cấp cao nhất, không có tổ chức cấp trên (a " + type
                                + " is a root and has no parent)");
            }
            return;
        }
        if (parentType == null) {
            throw ProblemException.ruleViolated("organization.placement",
                    type.vietnameseName() + " phải trực thuộc một tổ chức cấp trên (a " + type + " needs a parent)");
        }
        if (!type.allowedParents().contains(parentType)) {
            throw ProblemException.ruleViolated("organization.placement",
                    type.vietnameseName() + " không thể trực thuộc " + parentType.vietnameseName()
                            + " (a " + type + " cannot sit under a " + parentType + ")");
        }
    }

    public static void checkParentActive(UUID parentId, OrganizationStatus parentStatus) {
        if (parentStatus != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("organization.parent-active",
                    "Tổ chức cấp trên " + parentId + " không còn hoạt động (the parent is " + parentStatus + ")");
        }
    }
}
