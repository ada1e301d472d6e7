package vn.party.membership.effects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, point 5: a token that reaches the endpoint is not enough to expel anyone. Every delivery must carry
 * inspection's signature over exactly what it says; otherwise 422 effect.proof, nothing applied, the attempt audited.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class EffectProofApiTest {

    private static final String EFFECTS = "/api/membership/effects";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    EntityManager entityManager;

    private UUID member;
    private UUID bystander;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("PK-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = LeavingTestSupport.organization("PC-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        member = LeavingTestSupport.member(cell, "Trịnh Văn Chứng", "2012-05-19", "2013-05-19");
        bystander = LeavingTestSupport.member(cell, "Lại Thị Ngay", "2012-05-19", "2013-05-19");
    }

    private Map<String, Object> expulsion(UUID id, UUID who) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id.toString());
        body.put("effect", "MEMBER_EXPELLED");
        body.put("memberId", who.toString());
        body.put("organizationId", null);
        body.put("effectiveDate", TODAY.toString());
        body.put("payload", new HashMap<>(Map.of("caseId", UUID.randomUUID().toString(), "decisionNumber", "3-QĐ/UBKT",
                "decisionDate", TODAY.toString(), "decidingBodyKind", "INSPECTION_COMMITTEE")));
        return body;
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.inspectionService()).contentType(ContentType.JSON).body(body)
                .when().post(EFFECTS).then().log().ifValidationFails();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("effect.proof", "proof"));
    }

    private static String status(UUID id) {
        return given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/members/" + id).then()
                .statusCode(200).extract().path("status");
    }

    private long refusalsAudited(UUID id) {
        return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_log WHERE entity_type ="
                        + " 'applied_effect' AND entity_id = :id AND action = 'REFUSE'")
                .setParameter("id", id.toString()).getSingleResult()).longValue();
    }

    @Test
    void anUnsignedDeliveryIsRefusedAndAudited() {
        UUID id = UUID.randomUUID();
        refused(post(expulsion(id, member)));
        Map<String, Object> blank = expulsion(id, member);
        blank.put("proof", " ");
        refused(post(blank));
        Map<String, Object> garbage = expulsion(id, member);
        garbage.put("proof", "not.a.jws");
        refused(post(garbage));
        assertEquals("OFFICIAL", status(member));
        assertEquals(3, refusalsAudited(id));
        // nothing was recorded under the id: the genuine delivery is still a first one
        post(SignedEffects.signed(expulsion(id, member))).statusCode(200).body("duplicate", equalTo(false))
                .body("outcome", equalTo("APPLIED"));
        assertEquals("EXPELLED", status(member));
    }

    @Test
    void aProofSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey stranger = generator.generateKeyPair().getPrivate();
        Map<String, Object> body = expulsion(UUID.randomUUID(), member);
        body.put("proof", SignedEffects.proof(body, stranger));
        refused(post(body));
        assertEquals("OFFICIAL", status(member));
    }

    @Test
    void anUnsignedOrSymmetricForgeryIsRefused() {
        Map<String, Object> body = expulsion(UUID.randomUUID(), member);
        String genuine = SignedEffects.proof(body, SignedEffects.key(SignedEffects.SIGNING_KEY));
        String claims = genuine.split("\\.")[1];
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        // alg none with inspection's very claims
        body.put("proof", url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims + ".");
        refused(post(body));
        // HS256 header over a genuine signature: the algorithm is pinned to RS256
        body.put("proof", url.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "." + claims
                + "." + genuine.split("\\.")[2]);
        refused(post(body));
        assertEquals("OFFICIAL", status(member));
    }

    @Test
    void aGenuineProofOverOtherContentIsRefused() {
        UUID id = UUID.randomUUID();
        Map<String, Object> signedForMember = SignedEffects.signed(expulsion(id, member));
        // the same proof, another member to expel
        Map<String, Object> retargeted = new HashMap<>(signedForMember);
        retargeted.put("memberId", bystander.toString());
        refused(post(retargeted));
        // the same proof, another date, another decision number, an added payload field, another id
        Map<String, Object> redated = new HashMap<>(signedForMember);
        redated.put("effectiveDate", TODAY.minusDays(1).toString());
        refused(post(redated));
        Map<String, Object> renumbered = new HashMap<>(signedForMember);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = new HashMap<>((Map<String, Object>) signedForMember.get("payload"));
        payload.put("decisionNumber", "99-QĐ/UBKT");
        renumbered.put("payload", payload);
        refused(post(renumbered));
        Map<String, Object> padded = new HashMap<>(signedForMember);
        Map<String, Object> more = new HashMap<>(payload);
        more.put("decisionNumber", "3-QĐ/UBKT");
        more.put("decidingOrganizationId", UUID.randomUUID().toString());
        padded.put("payload", more);
        refused(post(padded));
        // a field the effect does not have is refused when the body is read, before anything else
        Map<String, Object> unknownField = new HashMap<>(signedForMember);
        Map<String, Object> extra = new HashMap<>(payload);
        extra.put("decisionNumber", "3-QĐ/UBKT");
        extra.put("restore", List.of("MEMBERSHIP"));
        unknownField.put("payload", extra);
        post(unknownField).statusCode(400).contentType("application/problem+json");
        Map<String, Object> reused = new HashMap<>(signedForMember);
        reused.put("id", UUID.randomUUID().toString());
        refused(post(reused));
        // another effect of the same shape: the proof names the effect
        Map<String, Object> otherEffect = new HashMap<>(signedForMember);
        otherEffect.put("effect", "MEMBER_REMOVED_FROM_POST");
        refused(post(otherEffect));
        // another effect whose record has other fields: refused when the body is read
        Map<String, Object> otherShape = new HashMap<>(signedForMember);
        otherShape.put("effect", "MEMBER_SUSPENSION_STARTS");
        post(otherShape).statusCode(400).contentType("application/problem+json");
        assertEquals("OFFICIAL", status(member));
        assertEquals("OFFICIAL", status(bystander));
        // the genuine one applies
        post(signedForMember).statusCode(200).body("outcome", equalTo("APPLIED"));
        assertEquals("EXPELLED", status(member));
        assertEquals("OFFICIAL", status(bystander));
    }
}
