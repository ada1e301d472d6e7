package vn.party.inspection.inspection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.inspection.plan.PlanItemKind;
import vn.party.inspection.plan.PlanItemStep;

class InspectionRulesTest {

    @Test
    void theDecisionComesFirstThenEachStepAfterItsPredecessor() {
        assertDoesNotThrow(() -> InspectionRules.requireNextStep(null, InspectionStep.DECISION));
        assertRule(InspectionRules.STEP_ORDER, () -> InspectionRules.requireNextStep(null, InspectionStep.TEAM));
        assertDoesNotThrow(() -> InspectionRules.requireNextStep(InspectionStep.DECISION, InspectionStep.TEAM));
        assertRule(InspectionRules.STEP_ORDER, () -> InspectionRules.requireNextStep(InspectionStep.DECISION, InspectionStep.PLAN));
        assertRule(InspectionRules.STEP_ORDER, () -> InspectionRules.requireNextStep(InspectionStep.PLAN, InspectionStep.PLAN));
        assertRule(InspectionRules.STEP_ORDER, () -> InspectionRules.requireNextStep(InspectionStep.VERIFICATION, InspectionStep.NOTICE));
        assertDoesNotThrow(() -> InspectionRules.requireNextStep(InspectionStep.CONCLUSION, InspectionStep.CONCLUSION_NOTICE));
        assertRule(InspectionRules.CLOSED, () -> InspectionRules.requireNextStep(InspectionStep.CONCLUSION_NOTICE,
                InspectionStep.CONCLUSION_NOTICE));
    }

    @Test
    void aStepMayShareItsPredecessorsDateButNotPrecedeIt() {
        LocalDate previous = LocalDate.of(2021, 3, 10);
        assertDoesNotThrow(() -> InspectionRules.requireNotBefore(null, previous));
        assertDoesNotThrow(() -> InspectionRules.requireNotBefore(previous, previous));
        assertRule(InspectionRules.STEP_DATE, () -> InspectionRules.requireNotBefore(previous, previous.minusDays(1)));
    }

    @Test
    void numberedDocumentsAndTheOutcome() {
        assertField("documentNumber", () -> InspectionRules.requireDocumentNumber(InspectionStep.DECISION, " "));
        assertField("documentNumber", () -> InspectionRules.requireDocumentNumber(InspectionStep.CONCLUSION_NOTICE, null));
        assertDoesNotThrow(() -> InspectionRules.requireDocumentNumber(InspectionStep.SELF_REPORT, null));
        assertField("outcome", () -> InspectionRules.requireOutcomeOnConclusionOnly(InspectionStep.CONCLUSION, null));
        assertField("outcome", () -> InspectionRules.requireOutcomeOnConclusionOnly(InspectionStep.DRAFT_REPORT,
                ConclusionOutcome.NO_VIOLATION));
        assertDoesNotThrow(() -> InspectionRules.requireOutcomeOnConclusionOnly(InspectionStep.CONCLUSION,
                ConclusionOutcome.SHORTCOMINGS));
    }

    @Test
    void onlyAViolationFoundOpensADisciplineCase() {
        assertDoesNotThrow(() -> InspectionRules.requireViolationFound(ConclusionOutcome.VIOLATION_FOUND));
        assertRule(InspectionRules.NOT_VIOLATION, () -> InspectionRules.requireViolationFound(ConclusionOutcome.SHORTCOMINGS));
        assertRule(InspectionRules.NOT_VIOLATION, () -> InspectionRules.requireViolationFound(ConclusionOutcome.NO_VIOLATION));
        assertRule(InspectionRules.NOT_VIOLATION, () -> InspectionRules.requireViolationFound(null));
    }

    @Test
    void statusAndPlanItemFollowTheSteps() {
        assertEquals(InspectionStatus.PREPARING, InspectionStatus.after(null));
        assertEquals(InspectionStatus.IN_PROGRESS, InspectionStatus.after(InspectionStep.DECISION));
        assertEquals(InspectionStatus.IN_PROGRESS, InspectionStatus.after(InspectionStep.DRAFT_REPORT));
        assertEquals(InspectionStatus.CONCLUDED, InspectionStatus.after(InspectionStep.CONCLUSION));
        assertEquals(InspectionStatus.NOTIFIED, InspectionStatus.after(InspectionStep.CONCLUSION_NOTICE));
        assertEquals(PlanItemStep.TEAM_DECIDED, InspectionStep.DECISION.planItemStep());
        assertEquals(PlanItemStep.CONCLUDED, InspectionStep.CONCLUSION.planItemStep());
        assertEquals(PlanItemStep.CONCLUSION_NOTIFIED, InspectionStep.CONCLUSION_NOTICE.planItemStep());
        assertRule(InspectionRules.CLOSED, () -> InspectionRules.requireOpen(InspectionStatus.NOTIFIED));
        assertDoesNotThrow(() -> InspectionRules.requireOpen(InspectionStatus.CONCLUDED));
    }

    @Test
    void planItemKinds() {
        assertTrue(InspectionKind.COMPLIANCE.plannedBy(PlanItemKind.INSPECTION_THEMATIC));
        assertTrue(InspectionKind.COMPLIANCE.plannedBy(PlanItemKind.INSPECTION_COMPLIANCE));
        assertTrue(InspectionKind.FINANCIAL.plannedBy(PlanItemKind.INSPECTION_FINANCIAL));
        assertFalse(InspectionKind.FINANCIAL.plannedBy(PlanItemKind.SUPERVISION_THEMATIC));
        assertFalse(InspectionKind.SIGNS_OF_VIOLATION.plannedBy(PlanItemKind.INSPECTION_COMPLIANCE));
    }

    private static void assertRule(String rule, Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(ProblemType.RULE_VIOLATION, e.type());
        assertEquals(rule, e.errors().get(0).field());
    }

    private static void assertField(String field, Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals(field, e.errors().get(0).field());
    }
}
