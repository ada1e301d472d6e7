package vn.party.inspection.discipline.policy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.TargetKind;
import vn.party.inspection.discipline.policy.rest.PolicyRequests;

class PolicyDraftRulesTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    @Test
    void aCompleteVersionPasses() {
        assertDoesNotThrow(() -> PolicyDraftRules.requireConsistent(draft(forms(), null)));
        assertDoesNotThrow(() -> PolicyDraftRules.requireConsistent(draft(forms(), List.of(
                new PolicyRequests.Authority(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.WARNING),
                new PolicyRequests.Authority(DecidingBodyKind.STANDING_COMMITTEE, TargetKind.ORGANIZATION,
                        DisciplineForm.DISSOLUTION)))));
    }

    @Test
    void everyFormExactlyOnce() {
        List<PolicyRequests.FormRule> missing = forms();
        missing.remove(4);
        assertEquals("forms", field(() -> PolicyDraftRules.requireConsistent(draft(missing, null))));
        List<PolicyRequests.FormRule> twice = forms();
        twice.add(twice.get(1));
        assertEquals("forms[5].form", field(() -> PolicyDraftRules.requireConsistent(draft(twice, null))));
    }

    @Test
    void aThresholdIsAtMostAllVoters() {
        List<PolicyRequests.FormRule> rules = forms();
        rules.set(2, new PolicyRequests.FormRule(DisciplineForm.REMOVAL_FROM_POST, 10, 4, 3, false));
        assertEquals("forms[2].voteDenominator", field(() -> PolicyDraftRules.requireConsistent(draft(rules, null))));
        rules.set(2, new PolicyRequests.FormRule(DisciplineForm.REMOVAL_FROM_POST, 10, 3, 3, false));
        assertDoesNotThrow(() -> PolicyDraftRules.requireConsistent(draft(rules, null)));
    }

    @Test
    void theMatrixGrantsOnlyFormsTheTargetCanReceive() {
        assertEquals("authorities[0].form", field(() -> PolicyDraftRules.requireConsistent(draft(forms(), List.of(
                new PolicyRequests.Authority(DecidingBodyKind.STANDING_COMMITTEE, TargetKind.ORGANIZATION,
                        DisciplineForm.EXPULSION))))));
        assertEquals("authorities[0].form", field(() -> PolicyDraftRules.requireConsistent(draft(forms(), List.of(
                new PolicyRequests.Authority(DecidingBodyKind.STANDING_COMMITTEE, TargetKind.MEMBER,
                        DisciplineForm.DISSOLUTION))))));
    }

    @Test
    void suspensionTotalCoversTheInitialPeriod() {
        PolicyRequests.Create draft = new PolicyRequests.Create(FROM, "x", 90, 89, 1, forms(), null);
        assertEquals("suspensionMaxTotalDays", field(() -> PolicyDraftRules.requireConsistent(draft)));
        assertDoesNotThrow(() -> PolicyDraftRules.requireConsistent(new PolicyRequests.Create(FROM, "x", 90, 90, 1, forms(), null)));
    }

    @Test
    void retroactiveWhenAnythingWasJudgedFromTheDate() {
        assertDoesNotThrow(() -> PolicyDraftRules.requireNotRetroactive(FROM, null, 0));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> PolicyDraftRules.requireNotRetroactive(FROM, FROM, 1));
        assertEquals(PolicyDraftRules.RETROACTIVE, refused.errors().get(0).field());
        assertEquals(422, refused.type().status());
    }

    private static PolicyRequests.Create draft(List<PolicyRequests.FormRule> forms, List<PolicyRequests.Authority> authorities) {
        return new PolicyRequests.Create(FROM, "QĐ thử", 90, 180, 1, forms, authorities);
    }

    private static List<PolicyRequests.FormRule> forms() {
        List<PolicyRequests.FormRule> forms = new ArrayList<>();
        forms.add(new PolicyRequests.FormRule(DisciplineForm.REPRIMAND, 5, 1, 2, true));
        forms.add(new PolicyRequests.FormRule(DisciplineForm.WARNING, 10, 1, 2, true));
        forms.add(new PolicyRequests.FormRule(DisciplineForm.REMOVAL_FROM_POST, 10, 2, 3, false));
        forms.add(new PolicyRequests.FormRule(DisciplineForm.EXPULSION, null, 2, 3, false));
        forms.add(new PolicyRequests.FormRule(DisciplineForm.DISSOLUTION, null, 2, 3, false));
        return forms;
    }

    private static String field(org.junit.jupiter.api.function.Executable check) {
        ProblemException e = assertThrows(ProblemException.class, check);
        assertEquals(400, e.type().status());
        return e.errors().get(0).field();
    }
}
