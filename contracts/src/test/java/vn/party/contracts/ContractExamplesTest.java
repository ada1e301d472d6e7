package vn.party.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.contracts.committee.Committee;
import vn.party.contracts.discipline.DecisionStatus;
import vn.party.contracts.discipline.DisciplineDecision;
import vn.party.contracts.discipline.DisciplineDecisionPage;
import vn.party.contracts.discipline.TargetKind;
import vn.party.contracts.effects.DisciplineAnnulled;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.contracts.effects.DisciplineReduced;
import vn.party.contracts.effects.EffectDelivery;
import vn.party.contracts.effects.MemberExpelled;
import vn.party.contracts.effects.MemberRemovedFromPost;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.MemberSuspensionStarts;
import vn.party.contracts.effects.OrganizationDissolved;
import vn.party.contracts.effects.Restoration;
import vn.party.contracts.facts.SeniorityFacts;
import vn.party.contracts.member.MemberPage;
import vn.party.contracts.member.MemberStatus;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.contracts.memberevents.MemberEventType;

/**
 * Every example of the effects, member-events, committee, member, seniority-facts and discipline-decision families parses strictly into its record and writes back as the
 * same JSON (tree compare): the examples are the contract, the records its Java form.
 */
class ContractExamplesTest {

    /** Example → the record it is an example of. */
    static final Map<String, Class<?>> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("effects/member-expelled.json", MemberExpelled.class);
        EXAMPLES.put("effects/member-removed-from-post.json", MemberRemovedFromPost.class);
        EXAMPLES.put("effects/organization-dissolved.json", OrganizationDissolved.class);
        EXAMPLES.put("effects/member-suspension-starts.json", MemberSuspensionStarts.class);
        EXAMPLES.put("effects/member-suspension-ends.json", MemberSuspensionEnds.class);
        EXAMPLES.put("effects/member-suspension-ends-extended.json", MemberSuspensionEnds.class);
        EXAMPLES.put("effects/discipline-annulled.json", DisciplineAnnulled.class);
        EXAMPLES.put("effects/discipline-reduced.json", DisciplineReduced.class);
        EXAMPLES.put("effects/delivery.json", EffectDelivery.class);
        EXAMPLES.put("memberevents/page.json", MemberEventPage.class);
        EXAMPLES.put("committee/committee.json", Committee.class);
        EXAMPLES.put("member/page.json", MemberPage.class);
        EXAMPLES.put("facts/seniority-facts.json", SeniorityFacts.class);
        EXAMPLES.put("discipline/decisions.json", DisciplineDecisionPage.class);
        EXAMPLES.put("warnings/dues-warnings.json", vn.party.contracts.warnings.DuesWarnings.class);
        EXAMPLES.put("warnings/absences.json", vn.party.contracts.warnings.Absences.class);
    }

    private final ObjectMapper mapper = ContractExamples.strictMapper();

    @TestFactory
    Stream<DynamicTest> everyExampleParsesStrictlyAndWritesBackTheSameJson() {
        return EXAMPLES.entrySet().stream().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
            Object parsed = ContractExamples.parse(example.getKey(), example.getValue());
            assertInstanceOf(example.getValue(), parsed);
            JsonNode expected = mapper.readTree(ContractExamples.json(example.getKey()));
            JsonNode written = mapper.valueToTree(parsed);
            assertTrue(JsonTrees.same(expected, written), example.getKey() + " writes back as " + written);
        }));
    }

    @Test
    void everyEffectTypeHasAnExampleAndAStableWireName() {
        for (Class<? extends DisciplineEffect> type : DisciplineEffect.types()) {
            assertTrue(EXAMPLES.containsValue(type), type.getSimpleName() + " has no example");
        }
        assertEquals(List.of("MEMBER_EXPELLED", "MEMBER_REMOVED_FROM_POST", "ORGANIZATION_DISSOLVED",
                        "MEMBER_SUSPENSION_STARTS", "MEMBER_SUSPENSION_ENDS", "DISCIPLINE_ANNULLED", "DISCIPLINE_REDUCED"),
                DisciplineEffect.types().stream().map(DisciplineEffect::typeOf).toList());
    }

    @Test
    void theDeliveryNamesItsEffectByThePayloadsType() {
        EffectDelivery delivery = ContractExamples.parse("effects/delivery.json", EffectDelivery.class);
        assertInstanceOf(MemberExpelled.class, delivery.payload());
        assertEquals(MemberExpelled.TYPE, delivery.effect());
        JsonNode written = mapper.valueToTree(delivery);
        assertEquals("MEMBER_EXPELLED", written.get("effect").asText());
    }

    @Test
    void anEndNeverExtendedHasNoExtensionFieldAndAnAnnulmentItsRestorations() {
        JsonNode end = mapper.valueToTree(ContractExamples.parse("effects/member-suspension-ends.json",
                MemberSuspensionEnds.class));
        assertFalse(end.has("extensionDecisionNumber"));
        DisciplineAnnulled annulled = ContractExamples.parse("effects/discipline-annulled.json", DisciplineAnnulled.class);
        assertEquals(List.of(Restoration.MEMBERSHIP, Restoration.POST, Restoration.SUSPENSION), annulled.restore());
        assertNull(annulled.newForm());
    }

    @Test
    void anUnknownEffectOrFieldIsRefused() throws Exception {
        String unknownType = ContractExamples.json("effects/delivery.json").replace("\"MEMBER_EXPELLED\"",
                "\"MEMBER_PROMOTED\"");
        assertThrows(Exception.class, () -> mapper.readValue(unknownType, EffectDelivery.class));
        String unknownField = ContractExamples.json("effects/member-expelled.json").replace("\"caseId\"", "\"case\"");
        assertThrows(Exception.class, () -> mapper.readValue(unknownField, MemberExpelled.class));
        assertThrows(UncheckedIOException.class, () -> ContractExamples.parse("memberevents/page.json",
                EffectDelivery.class));
    }

    @Test
    void memberEventsAreNamedByTheSharedLabels() {
        MemberEventPage page = ContractExamples.parse("memberevents/page.json", MemberEventPage.class);
        assertTrue(page.items().get(0).isMemberEvent(MemberEventType.EXPELLED));
        assertTrue(page.items().get(1).memberEvent().isEmpty());
    }

    @Test
    void decisionsAndMembersCarryTheSharedLabels() {
        DisciplineDecisionPage decisions = ContractExamples.parse("discipline/decisions.json",
                DisciplineDecisionPage.class);
        DisciplineDecision member = decisions.items().get(0);
        assertEquals(TargetKind.MEMBER, member.targetKind());
        assertEquals(DisciplineForm.REPRIMAND, member.form());
        assertTrue(member.inForce());
        DisciplineDecision organization = decisions.items().get(1);
        assertNull(organization.memberId());
        assertEquals(DecisionStatus.ANNULLED, organization.status());
        assertFalse(organization.inForce());
        assertEquals(MemberStatus.OFFICIAL, ContractExamples.parse("member/page.json", MemberPage.class).items().get(0)
                .status());
        assertEquals(SeniorityFacts.VERSION, ContractExamples.parse("facts/seniority-facts.json", SeniorityFacts.class)
                .version());
    }

    @Test
    void aProjectionsShapeCheckFindsAMissingOrRetypedFieldButNotAnExtraOne() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode committee = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(ContractExamples.json("committee/committee.json"));
        committee.put("organizationName", "Chi bộ Văn phòng");
        assertEquals(List.of(), ContractShapes.missingFrom("committee/committee.json", committee));
        ((com.fasterxml.jackson.databind.node.ObjectNode) committee.get("partyCommittee").get(1)).remove("memberId");
        committee.put("asOf", 20250630);
        assertEquals(List.of("$.asOf is NUMBER, example STRING", "$.partyCommittee[1].memberId missing"),
                ContractShapes.missingFrom("committee/committee.json", committee));
        String renamed = ContractExamples.json("facts/seniority-facts.json").replace("\"admissionDate\"",
                "\"admittedOn\"");
        assertThrows(Exception.class, () -> mapper.readValue(renamed, SeniorityFacts.class));
        String unknownTarget = ContractExamples.json("discipline/decisions.json").replace("\"ORGANIZATION\"",
                "\"CELL\"");
        assertThrows(Exception.class, () -> mapper.readValue(unknownTarget, DisciplineDecisionPage.class));
    }
}
