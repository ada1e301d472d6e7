package vn.party.inspection.discipline.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.util.KeyUtils;

import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Delivery of discipline effects to membership-service: due dates, retries, parking, supersession, the service token. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
@QuarkusTestResource(MembershipEffectsStub.class)
class OutboxRelayTest {

    private static final String CASES = "/api/inspection/discipline/cases";
    private static final String SUSPENSIONS = "/api/inspection/discipline/suspensions";
    private static final String OUTBOX = "/api/inspection/discipline/outbox";
    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";
    private static final LocalDate TODAY = LocalDate.now(PartyClock.VIETNAM);

    @Inject
    OutboxRelay relay;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper objectMapper;

    @OidcWireMock
    WireMockServer oidc;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null, null, "BLOC_COMMITTEE");
        FakeMembershipTree.place(grassroots, bloc, null, "GRASSROOTS_COMMITTEE");
        FakeMembershipTree.place(cell, grassroots, null, "SUBORDINATE_CELL");
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
        MembershipEffectsStub.up();
        // rows left due by other test classes sharing this database go first, so each test starts from its own rows
        drain(Instant.now());
    }

    @AfterEach
    void membershipBackUp() {
        MembershipEffectsStub.up();
    }

    // ---- the acceptance test: never lost, exactly once ----

    @Test
    void anExpulsionRecordedWhileMembershipIsDownReachesItExactlyOnceWhenItIsBack() throws Exception {
        MembershipEffectsStub.down();
        String caseId = expel(member);
        UUID id = outboxId(caseId, "MEMBER_EXPELLED");

        Instant firstPass = Instant.now();
        drain(firstPass);
        Map<String, Object> row = row(id);
        assertNull(row.get("delivered_at"), "nothing can be delivered while membership is down");
        assertEquals(1, ((Number) row.get("attempts")).intValue());
        assertNull(row.get("last_status"));
        assertTrue(row.get("last_error").toString().contains("Connect"), "the error says why: " + row.get("last_error"));
        assertTrue(((Number) row.get("retry_in_seconds")).longValue() > 0, "a retry is scheduled later");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(OUTBOX + "/" + id).then().statusCode(200)
                .body("state", equalTo("PENDING")).body("attempts", equalTo(1)).body("effect", equalTo("MEMBER_EXPELLED"));

        MembershipEffectsStub.up();
        drain(firstPass.plusSeconds(5));
        assertEquals(0, MembershipEffectsStub.received(id).size(), "the backoff is respected");
        drain(firstPass.plus(Duration.ofMinutes(1)));

        List<LoggedRequest> received = MembershipEffectsStub.received(id);
        assertEquals(1, received.size(), "exactly one POST with that id");
        row = row(id);
        assertNotNull(row.get("delivered_at"));
        assertEquals(2, ((Number) row.get("attempts")).intValue());
        assertEquals(200, ((Number) row.get("last_status")).intValue());

        JsonNode body = objectMapper.readTree(received.get(0).getBodyAsString());
        assertEquals(id.toString(), body.get("id").asText());
        assertEquals("MEMBER_EXPELLED", body.get("effect").asText());
        assertEquals(member.toString(), body.get("memberId").asText());
        assertEquals(cell.toString(), body.get("organizationId").asText());
        assertEquals(TODAY.toString(), body.get("effectiveDate").asText());
        assertEquals(caseId, body.get("payload").get("caseId").asText());
        assertEquals("EXPULSION", body.get("payload").get("form").asText());
        assertProofSignsTheBody(body);

        // the service's own token, obtained by client credentials, sent as Bearer
        String authorization = received.get(0).getHeader("Authorization");
        assertTrue(authorization.startsWith("Bearer "), authorization);
        assertTrue(serviceTokensIssued().contains(authorization.substring("Bearer ".length())),
                "the bearer is an access token the token endpoint issued for the client-credentials grant");
        List<LoggedRequest> tokenRequests = oidc.findAll(postRequestedFor(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials")));
        assertFalse(tokenRequests.isEmpty());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("party-inspection:test-inspection-secret"
                .getBytes(StandardCharsets.UTF_8)), tokenRequests.get(0).getHeader("Authorization"));

        drain(firstPass.plus(Duration.ofMinutes(2)));
        drain(Instant.now());
        drain(firstPass.plus(Duration.ofDays(1)));
        assertEquals(1, MembershipEffectsStub.received(id).size(), "a delivered effect is never sent again");
    }

    // ---- two instances ----

    @Test
    void aRowLockedByAnotherInstanceIsSkippedNotSentTwice() throws Exception {
        UUID id = outboxId(expel(member), "MEMBER_EXPELLED");
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement lock = otherInstance.prepareStatement("select id from outbox where id = ? for update")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
            }
            drain(Instant.now());
            assertEquals(0, MembershipEffectsStub.received(id).size(), "skipped while another instance holds it");
            assertEquals(0, ((Number) row(id).get("attempts")).intValue());
            otherInstance.rollback();
        }
        drain(Instant.now());
        assertEquals(1, MembershipEffectsStub.received(id).size());
    }

    @Test
    void concurrentPassesSendEachRowOnce() throws Exception {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID someone = UUID.randomUUID();
            FakeMembershipMembers.register(someone, cell, "OFFICIAL", false);
            UUID id = outboxId(expel(someone), "MEMBER_EXPELLED");
            MembershipEffectsStub.slow(id, 150);
            ids.add(id);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<OutboxRelay.Pass>> passes = pool.invokeAll(List.of(
                    () -> relay.deliverDue(), () -> relay.deliverDue(), () -> relay.deliverDue()));
            for (java.util.concurrent.Future<OutboxRelay.Pass> pass : passes) {
                pass.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (UUID id : ids) {
            assertEquals(1, MembershipEffectsStub.received(id).size(), "sent once: " + id);
            assertNotNull(row(id).get("delivered_at"));
            assertEquals(1, ((Number) row(id).get("attempts")).intValue());
        }
    }

    // ---- due dates and supersession ----

    @Test
    void aSuspensionEndsOnItsEndDateAndAnExtensionSupersedesTheEarlierEnd() {
        String suspension = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "reason", "Để xem xét kỷ luật", "decisionNumber", "07-QĐ/UBKT",
                        "startDate", TODAY.toString(), "days", 30))
                .when().post(SUSPENSIONS).then().statusCode(201).extract().path("id");
        UUID start = outboxId(suspension, "MEMBER_SUSPENSION_STARTS");
        UUID firstEnd = outboxId(suspension, "MEMBER_SUSPENSION_ENDS");

        drain(Instant.now());
        assertEquals(1, MembershipEffectsStub.received(start).size(), "the start is due today");
        assertEquals(0, MembershipEffectsStub.received(firstEnd).size(), "the end waits for its date");
        // the last second of the day before the end date, in Asia/Ho_Chi_Minh (16:59:59 UTC)
        drain(startOfDay(TODAY.plusDays(30)).minusSeconds(1));
        assertEquals(0, MembershipEffectsStub.received(firstEnd).size());
        assertEquals(0, ((Number) row(firstEnd).get("attempts")).intValue());

        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("additionalDays", 30, "decisionNumber", "09-QĐ/UBKT", "version", 0))
                .when().post(SUSPENSIONS + "/" + suspension + "/extensions").then().statusCode(200);
        UUID secondEnd = UUID.fromString(single("select id::text from outbox where aggregate_id = ?::uuid"
                + " and effect = 'MEMBER_SUSPENSION_ENDS' and superseded_by is null", suspension));
        assertEquals(secondEnd.toString(), row(firstEnd).get("superseded_by").toString());
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(OUTBOX + "/" + firstEnd).then().statusCode(200)
                .body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo(secondEnd.toString()));

        drain(startOfDay(TODAY.plusDays(30)));
        drain(startOfDay(TODAY.plusDays(59)));
        assertEquals(0, MembershipEffectsStub.received(firstEnd).size(), "a superseded end is never sent");
        assertEquals(0, MembershipEffectsStub.received(secondEnd).size());

        drain(startOfDay(TODAY.plusDays(60)));
        assertEquals(1, MembershipEffectsStub.received(secondEnd).size(), "the new end goes out on the new end date");
        assertEquals(TODAY.plusDays(60).toString(), MembershipEffectsStub.received(secondEnd).get(0).getBodyAsString()
                .replaceAll(".*\"effectiveDate\":\"([0-9-]+)\".*", "$1"));
        drain(startOfDay(TODAY.plusDays(90)));
        assertEquals(0, MembershipEffectsStub.received(firstEnd).size());
        assertNull(row(firstEnd).get("delivered_at"));
    }

    // ---- failures ----

    @Test
    void serverErrorsAreRetriedWithADoublingBackoff() {
        String caseId = expel(member);
        UUID id = outboxId(caseId, "MEMBER_EXPELLED");
        MembershipEffectsStub.answer(id, 503);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        drain(t0);
        assertEquals(1, MembershipEffectsStub.received(id).size());
        Map<String, Object> row = row(id);
        assertEquals(503, ((Number) row.get("last_status")).intValue());
        assertEquals(t0.plusSeconds(30), row.get("next_attempt_instant"));

        drain(t0.plusSeconds(29));
        assertEquals(1, MembershipEffectsStub.received(id).size(), "not before the backoff has passed");
        drain(t0.plusSeconds(30));
        assertEquals(2, MembershipEffectsStub.received(id).size());
        assertEquals(t0.plusSeconds(30 + 60), row(id).get("next_attempt_instant"));

        MembershipEffectsStub.answer(id, 429);
        drain(t0.plusSeconds(90));
        assertEquals(t0.plusSeconds(90 + 120), row(id).get("next_attempt_instant"), "429 backs off too");

        MembershipEffectsStub.answer(id, 201);
        drain(t0.plusSeconds(210));
        assertEquals(4, MembershipEffectsStub.received(id).size());
        assertNotNull(row(id).get("delivered_at"));
        assertEquals(4, ((Number) row(id).get("attempts")).intValue());
    }

    @Test
    void aRefusedEffectIsParkedHoldsBackLaterEffectsOfTheMemberAndBlocAdminRequeuesIt() {
        String caseId = expel(member);
        UUID expulsion = outboxId(caseId, "MEMBER_EXPELLED");
        MembershipEffectsStub.answer(expulsion, 422);

        drain(Instant.now());
        assertEquals(1, MembershipEffectsStub.received(expulsion).size());
        Map<String, Object> row = row(expulsion);
        assertNotNull(row.get("parked_at"));
        assertNull(row.get("next_attempt_at"));
        assertEquals(422, ((Number) row.get("last_status")).intValue());
        assertTrue(row.get("last_error").toString().startsWith("HTTP 422"), row.get("last_error").toString());

        // a later effect about the same member waits behind the parked one: effects apply in order
        String suspension = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "reason", "Để xem xét kỷ luật", "decisionNumber", "08-QĐ/UBKT",
                        "startDate", TODAY.toString(), "days", 10))
                .when().post(SUSPENSIONS).then().statusCode(201).extract().path("id");
        UUID start = outboxId(suspension, "MEMBER_SUSPENSION_STARTS");
        drain(Instant.now().plus(Duration.ofHours(6)));
        assertEquals(1, MembershipEffectsStub.received(expulsion).size(), "a parked effect is not retried automatically");
        assertEquals(0, MembershipEffectsStub.received(start).size());

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(OUTBOX).then().statusCode(200)
                .body("items.id", hasItem(expulsion.toString()))
                .body("items.id", hasItem(start.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(OUTBOX + "?state=PARKED&size=200").then().statusCode(200)
                .body("items.id", hasItem(expulsion.toString()))
                .body("items.id", not(hasItem(start.toString())))
                .body("items.find { it.id == '" + expulsion + "' }.lastStatus", equalTo(422));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(OUTBOX + "?state=LOST").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("state"));

        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(OUTBOX).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.inspector(bloc)).when().post(OUTBOX + "/" + expulsion + "/requeue")
                .then().statusCode(403);
        given().when().post(OUTBOX + "/" + expulsion + "/requeue").then().statusCode(401);
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(OUTBOX + "/" + start + "/requeue")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo(OutboxAdmin.NOT_PARKED));
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(OUTBOX + "/" + UUID.randomUUID() + "/requeue")
                .then().statusCode(404);

        MembershipEffectsStub.answer(expulsion, 200);
        given().auth().oauth2(TestTokens.blocAdmin()).when().post(OUTBOX + "/" + expulsion + "/requeue")
                .then().statusCode(200).body("state", equalTo("PENDING")).body("attempts", equalTo(1));
        assertEquals("admin", single("select actor from audit_log where entity_type = 'outbox' and entity_id = ?"
                + " and action = 'REQUEUE'", expulsion.toString()));

        drain(Instant.now());
        assertEquals(2, MembershipEffectsStub.received(expulsion).size());
        assertEquals(1, MembershipEffectsStub.received(start).size(), "released once the older effect is delivered");
        assertNotNull(row(expulsion).get("delivered_at"));
        assertNotNull(row(start).get("delivered_at"));
        assertTrue(MembershipEffectsStub.received(expulsion).get(0).getLoggedDate()
                .compareTo(MembershipEffectsStub.received(start).get(0).getLoggedDate()) <= 0, "in order");
    }

    // ---- helpers ----

    private String expel(UUID target) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", target.toString());
        body.put("violationDescription", "Vi phạm nghiêm trọng");
        body.put("violationDate", TODAY.minusYears(1).toString());
        body.put("proposedForm", "EXPULSION");
        String id = given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(CASES).then().statusCode(201).extract().path("id");
        Map<String, Object> decision = new HashMap<>();
        decision.put("form", "EXPULSION");
        decision.put("decidingBodyKind", "GRASSROOTS_COMMITTEE");
        decision.put("decidingOrganizationId", grassroots.toString());
        decision.put("entitledVoters", 9);
        decision.put("votesFor", 7);
        decision.put("votesAgainst", 2);
        decision.put("decisionNumber", "21-QĐ/ĐU");
        decision.put("decisionDate", TODAY.toString());
        decision.put("effectiveDate", TODAY.toString());
        decision.put("version", 0);
        given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(decision)
                .when().post(CASES + "/" + id + "/decision").then().statusCode(200);
        return id;
    }

    /**
     * Relay passes as if the clock read {@code now} until one attempts nothing: a pass takes at most
     * {@code outbox.relay.batch-size} rows, and rows left by other test classes may come first. Each row is tried at
     * most once per {@code now} (a failure schedules its retry later), so this ends.
     */
    private void drain(Instant now) {
        while (relay.deliverDue(now).attempted() > 0) {
            // next pass
        }
    }

    private static Instant startOfDay(LocalDate date) {
        return date.atStartOfDay(PartyClock.VIETNAM).toInstant();
    }

    /** Access tokens the OIDC server issued for the client-credentials grant. */
    private Set<String> serviceTokensIssued() {
        return oidc.getAllServeEvents().stream()
                .filter(event -> TOKEN_PATH.equals(event.getRequest().getUrl())
                        && event.getRequest().getBodyAsString().contains("grant_type=client_credentials"))
                .map(ServeEvent::getResponse)
                .map(response -> {
                    try {
                        return objectMapper.readTree(response.getBodyAsString()).get("access_token").asText();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .collect(Collectors.toSet());
    }

    /**
     * The body's {@code proof} is a JWS (RS256) that verifies with the effect-verification public key, and its claims
     * are the body: what membership checks before it applies anything.
     */
    private void assertProofSignsTheBody(JsonNode body) throws Exception {
        String proof = body.get("proof").asText();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                AlgorithmIdentifiers.RSA_USING_SHA256));
        jws.setCompactSerialization(proof);
        try (var pem = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("test-keys/effects-verification-test.pem")) {
            jws.setKey(KeyUtils.decodePublicKey(new String(pem.readAllBytes(), StandardCharsets.US_ASCII)));
        }
        assertTrue(jws.verifySignature(), "the proof verifies with the test public key");
        JsonNode claims = objectMapper.readTree(jws.getPayload());
        assertEquals("inspection-service", claims.get("iss").asText());
        assertEquals(body.get("id").asText(), claims.get("jti").asText());
        assertEquals(body.get("effect").asText(), claims.get("effect").asText());
        for (String subject : List.of("memberId", "organizationId")) {
            if (body.get(subject) == null || body.get(subject).isNull()) {
                assertFalse(claims.has(subject), subject + " is absent when null");
            } else {
                assertEquals(body.get(subject).asText(), claims.get(subject).asText(), subject);
            }
        }
        assertEquals(body.get("effectiveDate").asText(), claims.get("effectiveDate").asText());
        assertEquals(body.get("payload"), claims.get("payload"), "the payload claim is the body's payload");
        assertTrue(claims.get("iat").asLong() > 0);

        // and a proof with another body's claims does not verify: the signature covers them
        String[] parts = proof.split("\\.");
        ObjectNode forged = (ObjectNode) claims.deepCopy();
        forged.put("effect", "MEMBER_REINSTATED");
        JsonWebSignature tampered = new JsonWebSignature();
        tampered.setCompactSerialization(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(objectMapper.writeValueAsBytes(forged)) + "." + parts[2]);
        tampered.setKey(jws.getKey());
        assertFalse(tampered.verifySignature());
    }

    private UUID outboxId(String aggregateId, String effect) {
        return UUID.fromString(single("select id::text from outbox where aggregate_id = ?::uuid and effect = '" + effect
                + "' order by created_at limit 1", aggregateId));
    }

    private Map<String, Object> row(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select delivered_at, attempts, last_status,"
                        + " last_error, next_attempt_at, parked_at, superseded_by,"
                        + " extract(epoch from next_attempt_at - now()) as retry_in_seconds,"
                        + " extract(epoch from next_attempt_at) as next_epoch from outbox where id = ?")) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "no outbox row " + id);
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                Object epoch = row.get("next_epoch");
                row.put("next_attempt_instant", epoch == null ? null
                        : Instant.ofEpochSecond(((Number) epoch).longValue()));
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String single(String sql, String parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "no row for " + sql);
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
