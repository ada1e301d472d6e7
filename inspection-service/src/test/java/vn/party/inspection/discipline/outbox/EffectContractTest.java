package vn.party.inspection.discipline.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.JsonTrees;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.effects.EffectDelivery;
import vn.party.inspection.complaint.Complaint;
import vn.party.inspection.complaint.ComplaintOutcome;
import vn.party.inspection.discipline.CaseStatus;
import vn.party.inspection.discipline.DisciplineCase;
import vn.party.inspection.discipline.Suspension;

/**
 * Producer side of the effects contract: each effect, built from decisions by {@link Effects} exactly as the
 * services record it in the outbox, is the contract's example (JSON trees compared); the delivery the relay sends is
 * the envelope example. Uses the mapper settings of the service ({@code quarkus.jackson.*}: ISO dates, unknown fields
 * refused), which {@link ContractExamples#strictMapper()} mirrors.
 */
class EffectContractTest {

    private static final UUID MEMBER = UUID.fromString("00000000-0000-4000-8000-000000000101");
    private static final UUID CELL = UUID.fromString("00000000-0000-4000-8000-000000000011");
    private static final UUID BLOC = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID CASE = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    private static final UUID SUSPENSION = UUID.fromString("00000000-0000-4000-8000-00000000d001");

    private final ObjectMapper mapper = ContractExamples.strictMapper();

    private void assertEmits(String example, Object produced) throws Exception {
        JsonNode expected = mapper.readTree(ContractExamples.json(example));
        JsonNode actual = mapper.valueToTree(produced);
        assertTrue(JsonTrees.same(expected, actual), example + " expected " + expected + " but the producer wrote "
                + actual);
    }

    private static DisciplineCase decided(DisciplineForm form, UUID member, DecidingBodyKind body) {
        DisciplineCase c = new DisciplineCase();
        c.id = CASE;
        c.status = CaseStatus.DECIDED;
        c.decidedForm = form;
        c.targetMemberId = member;
        c.scopeOrganizationId = CELL;
        c.decisionNumber = "12-QĐ/UBKT";
        c.decisionDate = LocalDate.parse("2026-11-20");
        c.effectiveDate = LocalDate.parse("2026-11-20");
        c.decidingBodyKind = body;
        c.decidingOrganizationId = BLOC;
        return c;
    }

    private static Suspension suspension(int days) {
        Suspension s = new Suspension();
        s.id = SUSPENSION;
        s.memberId = MEMBER;
        s.scopeOrganizationId = CELL;
        s.decisionNumber = "7-QĐ/UBKT";
        s.startDate = LocalDate.parse("2026-11-20");
        s.totalDays = days;
        s.endDate = s.startDate.plusDays(days);
        return s;
    }

    private static Complaint complaint(String id, ComplaintOutcome outcome, String number) {
        Complaint k = new Complaint();
        k.id = UUID.fromString(id);
        k.caseId = CASE;
        k.outcome = outcome;
        k.resolutionNumber = number;
        k.resolutionDate = LocalDate.parse("2026-12-01");
        k.handlingOrganizationId = BLOC;
        return k;
    }

    @Test
    void decisionsEmitTheirExamples() throws Exception {
        assertEmits("effects/member-expelled.json",
                Effects.ofDecision(decided(DisciplineForm.EXPULSION, MEMBER, DecidingBodyKind.INSPECTION_COMMITTEE))
                        .orElseThrow());
        assertEmits("effects/member-removed-from-post.json", Effects.ofDecision(
                decided(DisciplineForm.REMOVAL_FROM_POST, MEMBER, DecidingBodyKind.STANDING_COMMITTEE)).orElseThrow());
        assertEmits("effects/organization-dissolved.json", Effects.ofDecision(
                decided(DisciplineForm.DISSOLUTION, null, DecidingBodyKind.STANDING_COMMITTEE)).orElseThrow());
        assertTrue(Effects.ofDecision(decided(DisciplineForm.WARNING, MEMBER, DecidingBodyKind.CELL)).isEmpty(),
                "a warning has no effect in membership");
    }

    @Test
    void suspensionsEmitTheirExamples() throws Exception {
        Suspension s = suspension(60);
        assertEmits("effects/member-suspension-starts.json", Effects.suspensionStarts(s));
        assertEmits("effects/member-suspension-ends.json", Effects.suspensionEnds(s, null));
        Suspension extended = suspension(90);
        assertEmits("effects/member-suspension-ends-extended.json", Effects.suspensionEnds(extended, "8-QĐ/UBKT"));
    }

    @Test
    void resolvedComplaintsEmitTheirExamples() throws Exception {
        DisciplineCase annulled = decided(DisciplineForm.EXPULSION, MEMBER, DecidingBodyKind.INSPECTION_COMMITTEE);
        annulled.annul(LocalDate.parse("2026-12-01"));
        assertEmits("effects/discipline-annulled.json", Effects.ofComplaint(
                complaint("00000000-0000-4000-8000-00000000e001", ComplaintOutcome.ANNUL, "4-GQKN/UBKT"), annulled,
                DisciplineForm.EXPULSION, List.of(SUSPENSION)));
        DisciplineCase reduced = decided(DisciplineForm.EXPULSION, MEMBER, DecidingBodyKind.INSPECTION_COMMITTEE);
        reduced.reduceTo(DisciplineForm.WARNING);
        assertEmits("effects/discipline-reduced.json", Effects.ofComplaint(
                complaint("00000000-0000-4000-8000-00000000e002", ComplaintOutcome.REDUCE, "9-GQKN/TU"), reduced,
                DisciplineForm.EXPULSION, List.of()));
    }

    @Test
    void theRelaySendsTheEnvelopeExample() throws Exception {
        DisciplineEffect expelled = Effects.ofDecision(
                decided(DisciplineForm.EXPULSION, MEMBER, DecidingBodyKind.INSPECTION_COMMITTEE)).orElseThrow();
        EffectDelivery example = ContractExamples.parse("effects/delivery.json", EffectDelivery.class);
        // as OutboxRelay builds it from the row (id, member, organization, date, payload), then adds the proof
        EffectDelivery sent = new EffectDelivery(example.id(), MEMBER, CELL, LocalDate.parse("2026-11-20"), expelled,
                null).withProof(example.proof());
        assertEmits("effects/delivery.json", sent);
        assertEquals(DisciplineEffect.typeOf(expelled.getClass()), sent.effect());
    }
}
