package vn.party.membership.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.effects.DisciplineAnnulled;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.DisciplineReduced;
import vn.party.contracts.effects.EffectDelivery;
import vn.party.contracts.effects.MemberExpelled;
import vn.party.contracts.effects.MemberRemovedFromPost;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.MemberSuspensionStarts;
import vn.party.contracts.effects.OrganizationDissolved;
import vn.party.testsupport.PostgresTestResource;

/**
 * Consumer side of the effects contract: every example, delivered in the envelope, is read by this service's mapper
 * (the one the receiver reads bodies with) into its record, and reaches the one handler of its type.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectContractTest {

    /** Example → the handler its effect must reach. */
    static final Map<String, Class<?>> HANDLED_BY = new LinkedHashMap<>();

    static {
        HANDLED_BY.put("member-expelled", ExpulsionHandler.class);
        HANDLED_BY.put("member-removed-from-post", RemovalFromPostHandler.class);
        HANDLED_BY.put("organization-dissolved", DissolutionHandler.class);
        HANDLED_BY.put("member-suspension-starts", SuspensionStartHandler.class);
        HANDLED_BY.put("member-suspension-ends", SuspensionEndHandler.class);
        HANDLED_BY.put("member-suspension-ends-extended", SuspensionEndHandler.class);
        HANDLED_BY.put("discipline-annulled", AnnulmentHandler.class);
        HANDLED_BY.put("discipline-reduced", ReductionHandler.class);
    }

    static final Map<String, Class<? extends DisciplineEffect>> TYPES = Map.of(
            "member-expelled", MemberExpelled.class, "member-removed-from-post", MemberRemovedFromPost.class,
            "organization-dissolved", OrganizationDissolved.class, "member-suspension-starts", MemberSuspensionStarts.class,
            "member-suspension-ends", MemberSuspensionEnds.class,
            "member-suspension-ends-extended", MemberSuspensionEnds.class,
            "discipline-annulled", DisciplineAnnulled.class, "discipline-reduced", DisciplineReduced.class);

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EffectHandlers handlers;

    @Test
    void everyExampleIsReadIntoItsRecordAndReachesItsHandler() throws Exception {
        for (Map.Entry<String, Class<?>> example : HANDLED_BY.entrySet()) {
            Class<? extends DisciplineEffect> type = TYPES.get(example.getKey());
            ObjectNode envelope = (ObjectNode) objectMapper.readTree(ContractExamples.json("effects/delivery.json"));
            envelope.put("effect", DisciplineEffect.typeOf(type));
            envelope.set("payload", objectMapper.readTree(ContractExamples.json("effects/" + example.getKey() + ".json")));
            EffectDelivery delivery = objectMapper.readValue(objectMapper.writeValueAsString(envelope),
                    EffectDelivery.class);
            assertInstanceOf(type, delivery.payload(), example.getKey());
            assertEquals(DisciplineEffect.typeOf(type), delivery.effect());
            EffectHandler<?> handler = handlers.of(delivery.payload().getClass());
            assertEquals(type, handler.type(), example.getKey());
            assertTrue(example.getValue().isAssignableFrom(handler.getClass())
                            || example.getValue().isAssignableFrom(handler.getClass().getSuperclass()),
                    example.getKey() + " reaches " + handler.getClass().getName());
        }
    }

    @Test
    void everyEffectTypeOfTheContractHasAnExampleHandledHere() {
        for (Class<? extends DisciplineEffect> type : DisciplineEffect.types()) {
            assertTrue(TYPES.containsValue(type), DisciplineEffect.typeOf(type) + " has no example");
            assertEquals(type, handlers.of(type).type());
        }
    }

    @Test
    void theEnvelopeExampleIsReadAsItIs() throws Exception {
        EffectDelivery delivery = objectMapper.readValue(ContractExamples.json("effects/delivery.json"),
                EffectDelivery.class);
        assertEquals(ContractExamples.parse("effects/delivery.json", EffectDelivery.class), delivery);
    }
}
