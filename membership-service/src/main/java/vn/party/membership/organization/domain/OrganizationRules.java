package vn.party.membership.organization.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

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

    /** Only an ACTIVE organization can be restructured or receive members and sub-units. */
    public static void checkActive(UUID id, OrganizationStatus status) {
        if (status != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("organization.not-active",
                    "Tổ chức " + id + " không còn hoạt động (the organization is " + status + ")");
        }
    }

    /**
     * Refuses to place an organization under one of its own descendants (or itself). {@code targetAncestry} is
     * the target and its ancestors up to the root.
     */
    public static void checkNoCycle(UUID organizationId, List<UUID> targetAncestry) {
        if (targetAncestry.contains(organizationId)) {
            throw ProblemException.ruleViolated("organization.cycle",
                    "Không thể chuyển tổ chức vào chính nó hoặc tổ chức cấp dưới của nó"
                            + " (an organization cannot go under itself or its own descendant)");
        }
    }

    /**
     * A change takes effect on a day that is not in the future and not before the organization's current
     * period began (history is appended to, never rewritten).
     */
    public static void checkEffectiveDate(LocalDate effectiveOn, LocalDate currentSince, LocalDate today) {
        if (effectiveOn.isAfter(today)) {
            throw ProblemException.ruleViolated("organization.effective-date-future",
                    "Ngày hiệu lực " + effectiveOn + " ở tương lai (the effective date is in the future)");
        }
        if (effectiveOn.isBefore(currentSince)) {
            throw ProblemException.ruleViolated("organization.effective-date-order",
                    "Ngày hiệu lực " + effectiveOn + " trước lần thay đổi gần nhất của tổ chức (" + currentSince
                            + "); lịch sử không được viết lại (the effective date is before the organization's"
                            + " latest change)");
        }
    }

    /** An organization that receives something on {@code effectiveOn} must already exist on that day. */
    public static void checkExistsOn(UUID id, LocalDate existsSince, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(existsSince)) {
            throw ProblemException.ruleViolated("organization.effective-date-order",
                    "Tổ chức " + id + " chỉ có từ ngày " + existsSince + ", sau ngày hiệu lực " + effectiveOn
                            + " (the target organization did not exist yet on the effective date)");
        }
    }

    /** The type an organization becomes when upgraded. */
    public static OrganizationType upgradeOf(OrganizationType type) {
        return switch (type) {
            case GRASSROOTS_CELL -> OrganizationType.GRASSROOTS_COMMITTEE;
            case SUBORDINATE_CELL -> OrganizationType.PARTIAL_COMMITTEE;
            default -> throw ProblemException.ruleViolated("organization.upgrade",
                    type.vietnameseName() + " không thể nâng cấp; chỉ chi bộ cơ sở → đảng bộ cơ sở và chi bộ trực"
                            + " thuộc → đảng bộ bộ phận (only GRASSROOTS_CELL and SUBORDINATE_CELL can be upgraded)");
        };
    }

    /** After an upgrade, every active sub-unit must still fit under the new type. */
    public static void checkChildrenFit(OrganizationType newType, List<OrganizationType> activeChildTypes) {
        for (OrganizationType child : activeChildTypes) {
            if (!child.allowedParents().contains(newType)) {
                throw ProblemException.ruleViolated("organization.upgrade-children",
                        child.vietnameseName() + " không thể trực thuộc " + newType.vietnameseName()
                                + "; chuyển hoặc giải thể các tổ chức này trước (a " + child + " cannot sit under a "
                                + newType + "; move or dissolve it first)");
            }
        }
    }

    /**
     * An organization with active members or active sub-units cannot simply vanish: its members and sub-units
     * must go somewhere in the same operation. A conflict with the organization's current state, so 409.
     */
    public static void checkEmptyBeforeDissolve(UUID id, long activeMembers, long activeSubUnits) {
        if (activeMembers > 0 || activeSubUnits > 0) {
            String detail = "Tổ chức " + id + " còn " + activeMembers + " đảng viên và " + activeSubUnits
                    + " tổ chức trực thuộc đang hoạt động; chỉ định tổ chức tiếp nhận (transferToId) để giải thể"
                    + " (it still has active members or sub-units: name an organization to receive them)";
            throw new ProblemException(ProblemType.CONFLICT, detail,
                    List.of(new Problem.FieldError("organization.dissolve-not-empty", detail)));
        }
    }
}
