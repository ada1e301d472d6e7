package vn.party.inspection.inspection;

import java.time.LocalDate;

import vn.party.common.problem.ProblemException;

/** The procedure's rules, as plain checks (unit-tested in InspectionRulesTest). */
public final class InspectionRules {

    public static final String STEP_ORDER = "inspection.step-order";
    public static final String STEP_DATE = "inspection.step-date";
    public static final String CLOSED = "inspection.closed";
    public static final String NOT_VIOLATION = "inspection.conclusion-not-violation";
    public static final String TARGET_OUTSIDE = "inspection.target-outside-subtree";
    public static final String PLAN_ITEM = "inspection.plan-item-mismatch";

    private InspectionRules() {
    }

    /** Steps are recorded one after the other: the next one after {@code last}, the decision first. */
    public static void requireNextStep(InspectionStep last, InspectionStep requested) {
        InspectionStep expected = last == null ? InspectionStep.DECISION : last.next();
        if (expected == null) {
            throw ProblemException.ruleViolated(CLOSED, "Đã thông báo kết luận; cuộc kiểm tra đã kết thúc"
                    + " (the conclusion was notified: the inspection is closed)");
        }
        if (requested != expected) {
            throw ProblemException.ruleViolated(STEP_ORDER, "Các bước phải theo thứ tự: bước tiếp theo là " + expected
                    + (last == null ? "" : " (sau " + last + ")") + ", không phải " + requested
                    + " (steps follow the procedure in order; next is " + expected + ")");
        }
    }

    /** A step is not dated before its predecessor. */
    public static void requireNotBefore(LocalDate previous, LocalDate date) {
        if (previous != null && date.isBefore(previous)) {
            throw ProblemException.ruleViolated(STEP_DATE, "Ngày " + date + " trước ngày của bước trước (" + previous
                    + ") (a step must not be dated before the previous step)");
        }
    }

    /** The decision, the conclusion and its notice are numbered documents of the inspecting body. */
    public static void requireDocumentNumber(InspectionStep step, String documentNumber) {
        if (step.requiresDocumentNumber() && (documentNumber == null || documentNumber.isBlank())) {
            throw ProblemException.invalidField("documentNumber", "bắt buộc với bước " + step
                    + " (required: the step issues a numbered document)");
        }
    }

    /** The conclusion states its outcome; no other step does. */
    public static void requireOutcomeOnConclusionOnly(InspectionStep step, ConclusionOutcome outcome) {
        if (step == InspectionStep.CONCLUSION && outcome == null) {
            throw ProblemException.invalidField("outcome", "bắt buộc khi kết luận (required with the conclusion)");
        }
        if (step != InspectionStep.CONCLUSION && outcome != null) {
            throw ProblemException.invalidField("outcome", "chỉ dùng cho bước CONCLUSION (only with the conclusion)");
        }
    }

    /** Findings are recorded until the conclusion is notified. */
    public static void requireOpen(InspectionStatus status) {
        if (status == InspectionStatus.NOTIFIED) {
            throw ProblemException.ruleViolated(CLOSED, "Đã thông báo kết luận; không thể bổ sung"
                    + " (the conclusion was notified: the inspection is closed)");
        }
    }

    /** A discipline case is opened from an inspection only when its conclusion found a violation. */
    public static void requireViolationFound(ConclusionOutcome outcome) {
        if (outcome != ConclusionOutcome.VIOLATION_FOUND) {
            throw ProblemException.ruleViolated(NOT_VIOLATION, "Chỉ đề nghị kỷ luật khi kết luận có vi phạm (VIOLATION_FOUND);"
                    + " kết luận hiện tại: " + (outcome == null ? "chưa có" : outcome)
                    + " (a discipline case needs a conclusion of VIOLATION_FOUND)");
        }
    }
}
