package vn.party.membership.committee.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.party.common.problem.ProblemException;
import vn.party.membership.committee.CommitteeAssignment;
import vn.party.membership.committee.CommitteeTerm;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;

/**
 * Rules of terms and committee posts, callable without a container. Each refusal is a 422 naming its rule.
 * Periods are half-open: a start day is included, an end day is not.
 */
public final class CommitteeRules {

    /** Đảng bộ levels: the only ones with an inspection committee (UBKT). */
    static final Set<OrganizationType> WITH_INSPECTION_COMMITTEE = EnumSet.of(
            OrganizationType.BLOC_COMMITTEE, OrganizationType.GRASSROOTS_COMMITTEE, OrganizationType.PARTIAL_COMMITTEE);

    /** Levels that elect a standing committee (Ban Thường vụ); cells and đảng bộ bộ phận do not. */
    static final Set<OrganizationType> WITH_STANDING_COMMITTEE = EnumSet.of(
            OrganizationType.BLOC_COMMITTEE, OrganizationType.GRASSROOTS_COMMITTEE);

    private CommitteeRules() {
    }

    // ---- terms ----

    /** Party groups (tổ đảng) hold no congress and elect no committee; a closed organization opens no term. */
    public static void checkTermOrganization(OrganizationType type, OrganizationStatus status) {
        if (type == OrganizationType.PARTY_GROUP) {
            throw ProblemException.ruleViolated("term.organization-type",
                    type.vietnameseName() + " không có cấp ủy và nhiệm kỳ (a " + type + " elects no committee)");
        }
        if (status != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("term.organization-active",
                    "Tổ chức không còn hoạt động (the organization is " + status + ")");
        }
    }

    public static void checkTermDates(LocalDate startsOn, LocalDate endsOn, LocalDate congressDate) {
        if (!endsOn.isAfter(startsOn)) {
            throw ProblemException.ruleViolated("term.period",
                    "Ngày kết thúc nhiệm kỳ phải sau ngày bắt đầu (endsOn " + endsOn + " must be after startsOn "
                            + startsOn + ")");
        }
        if (congressDate.isBefore(startsOn) || !congressDate.isBefore(endsOn)) {
            throw ProblemException.ruleViolated("term.congress-date",
                    "Ngày đại hội phải nằm trong nhiệm kỳ (congressDate " + congressDate + " must fall in ["
                            + startsOn + ", " + endsOn + "))");
        }
    }

    /** {@code overlapping}: another term of the same organization whose period meets the new one, if any. */
    public static void checkNoOverlap(CommitteeTerm overlapping) {
        if (overlapping != null) {
            throw ProblemException.ruleViolated("term.no-overlap",
                    "Trùng thời gian với nhiệm kỳ " + overlapping.label + " [" + overlapping.startsOn + ", "
                            + overlapping.effectiveEnd() + ") (terms of one organization must not overlap)");
        }
    }

    public static void checkOpen(CommitteeTerm term) {
        if (term.isClosed()) {
            throw ProblemException.ruleViolated("term.closed",
                    "Nhiệm kỳ " + term.label + " đã kết thúc ngày " + term.closedOn + " (the term is closed)");
        }
    }

    public static void checkCloseDate(CommitteeTerm term, LocalDate closedOn) {
        if (!closedOn.isAfter(term.startsOn) || closedOn.isAfter(term.endsOn)) {
            throw ProblemException.ruleViolated("term.close-date",
                    "Ngày kết thúc phải trong (" + term.startsOn + ", " + term.endsOn + "] (closedOn " + closedOn
                            + " must be after the start and not after the planned end)");
        }
    }

    /** After an edit or a close, every post recorded in the term must still start inside it. */
    public static void checkPostsInside(CommitteeTerm term, List<CommitteeAssignment> assignments) {
        for (CommitteeAssignment assignment : assignments) {
            if (!term.covers(assignment.fromDate)
                    || (assignment.toDate != null && assignment.toDate.isAfter(term.effectiveEnd()))) {
                throw ProblemException.ruleViolated("term.posts-inside",
                        "Chức vụ đã ghi [" + assignment.fromDate + ", " + assignment.toDate + ") nằm ngoài nhiệm kỳ ["
                                + term.startsOn + ", " + term.effectiveEnd()
                                + ") (posts already recorded would fall outside the term)");
            }
        }
    }

    // ---- posts ----

    public static void checkPositionOfBody(CommitteeBody body, CommitteePosition position) {
        if (position.body() != body) {
            throw ProblemException.ruleViolated("committee.position-of-body",
                    position.vietnameseName() + " không thuộc " + body.vietnameseName() + " (" + position
                            + " belongs to " + position.body() + ", not " + body + ")");
        }
    }

    public static void checkPositionForOrganization(CommitteePosition position, OrganizationType type) {
        if (position.body() == CommitteeBody.INSPECTION_COMMITTEE && !WITH_INSPECTION_COMMITTEE.contains(type)) {
            throw ProblemException.ruleViolated("committee.inspection-committee-level",
                    type.vietnameseName() + " không có Ủy ban kiểm tra (only đảng bộ levels have an inspection"
                            + " committee, not a " + type + ")");
        }
        if (position == CommitteePosition.STANDING_MEMBER && !WITH_STANDING_COMMITTEE.contains(type)) {
            throw ProblemException.ruleViolated("committee.standing-committee-level",
                    type.vietnameseName() + " không có Ban Thường vụ (a " + type + " has no standing committee)");
        }
    }

    /** A post lies inside its term: it starts while the term is in office and ends by the term's end. */
    public static void checkWithinTerm(LocalDate fromDate, LocalDate toDate, CommitteeTerm term) {
        if (toDate != null && !toDate.isAfter(fromDate)) {
            throw ProblemException.ruleViolated("committee.period",
                    "Ngày thôi giữ chức phải sau ngày bắt đầu (toDate " + toDate + " must be after fromDate "
                            + fromDate + ")");
        }
        if (!term.covers(fromDate) || (toDate != null && toDate.isAfter(term.effectiveEnd()))) {
            throw ProblemException.ruleViolated("committee.within-term",
                    "Thời gian giữ chức phải nằm trong nhiệm kỳ " + term.label + " [" + term.startsOn + ", "
                            + term.effectiveEnd() + ") (the post must lie inside the term)");
        }
    }

    /** Committee members are official members (đảng viên chính thức) on the day they take the post. */
    public static void checkOfficialMember(String statusOnFromDate, LocalDate officialDate, LocalDate fromDate) {
        boolean official = "OFFICIAL".equals(statusOnFromDate)
                && (officialDate == null || !officialDate.isAfter(fromDate));
        if (!official) {
            throw ProblemException.ruleViolated("committee.official-member",
                    "Chỉ đảng viên chính thức được giữ chức vụ trong cấp ủy, UBKT (the member is "
                            + statusOnFromDate + (officialDate != null && officialDate.isAfter(fromDate)
                                    ? ", official only from " + officialDate : "")
                            + " on " + fromDate + ")");
        }
    }

    public static void checkMemberInSubtree(boolean inSubtree) {
        if (!inSubtree) {
            throw ProblemException.ruleViolated("committee.member-in-subtree",
                    "Đảng viên không sinh hoạt trong tổ chức này hoặc các tổ chức trực thuộc (the member does not"
                            + " belong to the organization's subtree)");
        }
    }

    /**
     * Against the other posts of the same term: nobody holds the same post twice at once, and there is one
     * secretary and one UBKT chair at a time.
     */
    public static void checkNoClash(CommitteeAssignment candidate, CommitteeTerm term, List<CommitteeAssignment> others) {
        LocalDate candidateUntil = candidate.heldUntil(term);
        for (CommitteeAssignment other : others) {
            if (Objects.equals(other.id, candidate.id) || other.position != candidate.position
                    || !overlaps(candidate.fromDate, candidateUntil, other.fromDate, other.heldUntil(term))) {
                continue;
            }
            if (other.memberId.equals(candidate.memberId)) {
                throw ProblemException.ruleViolated("committee.same-post-once",
                        "Đảng viên đã giữ chức " + candidate.position.vietnameseName() + " từ " + other.fromDate
                                + " (the member already holds this post in that period)");
            }
            if (candidate.position.isHead()) {
                String rule = candidate.position == CommitteePosition.SECRETARY
                        ? "committee.single-secretary" : "committee.single-inspection-chair";
                throw ProblemException.ruleViolated(rule,
                        "Đã có " + candidate.position.vietnameseName() + " đương nhiệm từ " + other.fromDate
                                + "; kết thúc chức vụ đó trước (there is already one at a time: end the current one"
                                + " first)");
            }
        }
    }

    public static void checkEnd(CommitteeAssignment assignment, CommitteeTerm term, LocalDate toDate) {
        if (assignment.toDate != null) {
            throw ProblemException.ruleViolated("committee.already-ended",
                    "Chức vụ đã kết thúc ngày " + assignment.toDate + " (the post has already ended)");
        }
        checkWithinTerm(assignment.fromDate, toDate, term);
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aUntil, LocalDate bFrom, LocalDate bUntil) {
        return aFrom.isBefore(bUntil) && bFrom.isBefore(aUntil);
    }
}
