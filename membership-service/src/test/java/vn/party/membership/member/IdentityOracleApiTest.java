package vn.party.membership.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.membership.changes.FeedTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Issue 11, point 3: no identity oracles. The free-text search holds no identifier; CCCD and card numbers match
 * exactly in their own filters, only for callers allowed to use them, and every such search is audited; a
 * registration or correction that clashes with a record outside the caller's scope learns only that it clashes.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdentityOracleApiTest {

    private static final String MEMBERS = "/api/membership/members";

    @Inject
    EntityManager entityManager;

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("G-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("C-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("O-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
    }

    /** The exploit: "<name> <first 9 digits>" answered 1 or 0, so a masked CCCD came back digit by digit. */
    @Test
    void freeTextSearchNeverMatchesACccdOrCardNumber() {
        String cccd = nationalId();
        String card = nationalId();
        register(TestTokens.blocAdmin(), cell, "Nguyễn Văn Hùng", cccd, card);
        String secretary = TestTokens.secretary(grassroots);
        for (String probe : List.of("Nguyễn Văn Hùng " + cccd.substring(0, 9), cccd.substring(0, 9), cccd,
                card.substring(2, 10), "hung " + card)) {
            for (String token : List.of(secretary, TestTokens.blocAdmin(), FeedTestSupport.integration(grassroots, null))) {
                given().auth().oauth2(token).queryParam("organizationId", cell.toString()).queryParam("q", probe)
                        .when().get(MEMBERS).then().statusCode(200).body("totalItems", equalTo(0));
            }
        }
        given().auth().oauth2(secretary).queryParam("q", "nguyen van hung").when().get(MEMBERS)
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void cccdFilterIsExactAndOnlyForBlocAdminAndIntegrationWithTheNationalIdScope() {
        String cccd = nationalId();
        UUID id = register(TestTokens.blocAdmin(), cell, "Trần Thị Bình", cccd, null);
        String secretary = TestTokens.secretary(grassroots);

        given().auth().oauth2(secretary).queryParam("nationalId", cccd).header("X-Forwarded-For", "203.0.113.7")
                .when().get(MEMBERS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationalId"))
                .body(not(containsString(id.toString())));
        given().auth().oauth2(TestTokens.inspector(grassroots)).queryParam("nationalId", cccd).when().get(MEMBERS)
                .then().statusCode(403);
        given().auth().oauth2(FeedTestSupport.integration(grassroots, "openid profile")).queryParam("nationalId", cccd)
                .when().get(MEMBERS).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(secretary).queryParam("nationalId", cccd).when().get(MEMBERS + "/export")
                .then().statusCode(403).contentType("application/problem+json");

        given().auth().oauth2(FeedTestSupport.integration(grassroots, "openid national-id")).queryParam("nationalId", cccd)
                .when().get(MEMBERS).then().statusCode(200).body("items.id", contains(id.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("nationalId", cccd).when().get(MEMBERS)
                .then().statusCode(200).body("items.id", contains(id.toString()));
        // whole numbers only: a prefix is not a search
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("nationalId", cccd.substring(0, 9)).when().get(MEMBERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationalId"));

        List<Object[]> audit = auditRows("member-search", cccd);
        assertEquals(List.of("SEARCH_REFUSED", "SEARCH_REFUSED", "SEARCH_REFUSED", "SEARCH_REFUSED", "SEARCH", "SEARCH"),
                audit.stream().map(row -> row[0]).toList());
        assertEquals("secretary-" + grassroots, audit.get(0)[1]);
        assertEquals("203.0.113.7", audit.get(0)[3], "the client's address as the gateway (a trusted proxy) gave it");
        assertTrue(audit.get(5)[2].toString().contains("\"found\": {\"after\": 1"), audit.get(5)[2].toString());
        assertEquals("admin", audit.get(5)[1]);
    }

    @Test
    void cardNumberFilterIsExactWithinTheCallersScopeAndAudited() {
        String inside = nationalId();
        String outside = nationalId();
        UUID insider = register(TestTokens.blocAdmin(), cell, "Lê Văn Cường", nationalId(), inside);
        register(TestTokens.blocAdmin(), otherCell, "Phạm Thị Dung", nationalId(), outside);
        String secretary = TestTokens.secretary(grassroots);
        given().auth().oauth2(secretary).queryParam("cardNumber", inside).when().get(MEMBERS)
                .then().statusCode(200).body("items.id", contains(insider.toString()));
        given().auth().oauth2(secretary).queryParam("cardNumber", outside).when().get(MEMBERS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(secretary).queryParam("cardNumber", inside.substring(0, 11)).when().get(MEMBERS)
                .then().statusCode(400).body("errors[0].field", equalTo("cardNumber"));
        assertEquals(List.of("SEARCH"), auditRows("member-search", inside).stream().map(row -> row[0]).toList());
        assertEquals(List.of("SEARCH"), auditRows("member-search", outside).stream().map(row -> row[0]).toList());
    }

    /** A clash with a record outside the caller's scope says that it clashes, never with whom or where. */
    @Test
    void registrationAndCorrectionConflictsRevealNothingAndAreAudited() {
        String cccd = nationalId();
        String card = nationalId();
        UUID stranger = register(TestTokens.blocAdmin(), otherCell, "Vũ Thị Phương", cccd, card);
        String secretary = TestTokens.secretary(grassroots);

        String body = given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(registration(cell, "Đỗ Văn Giang", cccd, null))
                .when().post(MEMBERS).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationalId"))
                .body("detail", containsString("conflicts with an existing record"))
                .extract().asString();
        assertRevealsNothing(body, stranger);

        UUID own = register(secretary, cell, "Đỗ Văn Giang", nationalId(), null);
        Map<String, Object> correction = new HashMap<>();
        correction.put("profile", profile(registration(cell, "Đỗ Văn Giang", nationalId(), card)));
        correction.put("version", 0);
        body = given().auth().oauth2(secretary).contentType(ContentType.JSON).body(correction)
                .when().put(MEMBERS + "/" + own).then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("partyCardNumber"))
                .extract().asString();
        assertRevealsNothing(body, stranger);

        List<Object[]> registerAudit = auditRows("member-conflict", cccd);
        assertEquals(1, registerAudit.size());
        assertEquals("CONFLICT", registerAudit.get(0)[0]);
        assertEquals("secretary-" + grassroots, registerAudit.get(0)[1]);
        assertEquals(1, auditRows("member-conflict", card).size());
    }

    /** Point 8: a CCCD change that keeps the masked form (same first and last three digits) still shows. */
    @Test
    void aChangeOfTheMiddleDigitsOfACccdIsAuditedInFullAndReachesTheChangeLog() {
        String before = nationalId();
        String after = before.substring(0, 3) + (before.charAt(3) == '9' ? '0' : (char) (before.charAt(3) + 1))
                + before.substring(4);
        UUID id = register(TestTokens.blocAdmin(), cell, "Hoàng Văn Em", before, null);
        Map<String, Object> correction = new HashMap<>();
        correction.put("profile", profile(registration(cell, "Hoàng Văn Em", after, null)));
        correction.put("version", 0);
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON).body(correction)
                .header("X-Forwarded-For", "198.51.100.23")
                .when().put(MEMBERS + "/" + id).then().statusCode(200);

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", contains("CREATE", "UPDATE"))
                .body("[1].changes.nationalId.before", equalTo(before))
                .body("[1].changes.nationalId.after", equalTo(after))
                .body("[1].clientAddress", equalTo("198.51.100.23"))
                .body("[0].clientAddress", equalTo("127.0.0.1"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(MEMBERS + "/" + id + "/audit")
                .then().statusCode(403);

        String changeLog = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT payload::text FROM change_log WHERE resource_id = :id AND event = 'CORRECTED'")
                .setParameter("id", id).getSingleResult().toString());
        assertTrue(changeLog.contains("nationalId"), changeLog);
    }

    private static void assertRevealsNothing(String body, UUID stranger) {
        for (String secret : List.of(stranger.toString(), "Vũ Thị Phương", "Chi bộ Sở Nội vụ")) {
            assertTrue(!body.contains(secret), "the answer names " + secret + ": " + body);
        }
    }

    /** action, actor, changes, client address of the audit rows of {@code type} mentioning {@code value}. */
    @SuppressWarnings("unchecked")
    private List<Object[]> auditRows(String type, String value) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT action, actor, changes::text, client_address FROM audit_log"
                                + " WHERE entity_type = :type AND changes::text LIKE :value ORDER BY id")
                .setParameter("type", type).setParameter("value", "%" + value + "%").getResultList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> profile(Map<String, Object> registration) {
        return (Map<String, Object>) registration.get("profile");
    }

    private static Map<String, Object> registration(UUID organization, String name, String cccd, String card) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", "1985-04-12");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", cccd);
        if (card != null) {
            profile.put("partyCardNumber", card);
        }
        profile.put("admissionDecisionDate", "2010-05-01");
        profile.put("admissionDate", "2010-05-19");
        profile.put("officialDate", "2011-05-19");
        Map<String, Object> registration = new HashMap<>();
        registration.put("organizationId", organization.toString());
        registration.put("profile", profile);
        return registration;
    }

    private static UUID register(String token, UUID organization, String name, String cccd, String card) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(registration(organization, name, cccd, card))
                .when().post(MEMBERS).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static String nationalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }
}
