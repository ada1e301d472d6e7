package vn.party.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import vn.party.testsupport.TestTokens;

/**
 * Discipline decisions reach the member register through inspection's outbox, with the real relay (scheduled, a
 * client-credentials token) and membership's real idempotent receiver — including a decision recorded while
 * membership-service is down, applied once it is back, exactly once.
 */
class DisciplineEffectsIT {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static SystemUnderTest system;
    static UUID grassroots;
    static UUID cell;

    @BeforeAll
    static void tree() {
        system = SystemUnderTest.get();
        Fixtures fixtures = new Fixtures(system);
        UUID bloc = fixtures.organization("Đảng bộ Khối (kỷ luật)", "BLOC_COMMITTEE", null);
        grassroots = fixtures.organization("Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cell = fixtures.organization("Chi bộ Thanh tra Sở", "SUBORDINATE_CELL", grassroots);
    }

    @Test
    void anAnnulmentRecordedWhileMembershipIsDownIsAppliedOnceItIsBack() {
        UUID member = new Fixtures(system).officialMember("Trần Văn Khải", cell);
        LocalDate today = LocalDate.now(VIETNAM);

        // expulsion: deciding reads the member's current status from membership, so it is up here
        UUID caseId = openCase(member, today);
        decideExpulsion(caseId, today);
        awaitStatus(member, "EXPELLED");

        UUID complaint = fileComplaint(caseId, today);
        system.service("membership").stop();
        try {
            // recorded with membership down: nothing of it needs membership (bloc-admin's scope is the whole bloc)
            annul(complaint, today);
            awaitTrue("the relay tried and failed while membership was down", () -> pendingAttempts(caseId, complaint) > 0);
        } finally {
            system.service("membership").start();
        }

        awaitStatus(member, "OFFICIAL");
        // more relay passes change nothing: the effect was delivered once and is not sent again
        ServiceProcess.sleep(3_000);
        List<String> statuses = given().baseUri(system.url("membership")).auth().oauth2(TestTokens.blocAdmin())
                .get("/api/membership/members/" + member + "/status-changes")
                .then().statusCode(200).extract().path("status");
        assertEquals(1, statuses.stream().filter("EXPELLED"::equals).count(), "expelled once: " + statuses);
        assertEquals("OFFICIAL", statuses.get(statuses.size() - 1), "restored last: " + statuses);
        assertEquals(2, statuses.stream().filter("OFFICIAL"::equals).count(),
                "official at registration, official again after the annulment, nothing more: " + statuses);
        assertEquals(0, pendingAttempts(caseId, complaint), "nothing left to deliver");
        assertTrue(system.oidc().clientCredentialsGrants() > 0, "the relay authenticated with client credentials");
    }

    private static UUID openCase(UUID member, LocalDate today) {
        Map<String, Object> body = new HashMap<>();
        body.put("targetKind", "MEMBER");
        body.put("targetMemberId", member);
        body.put("violationDescription", "Vi phạm nghiêm trọng quy định về những điều đảng viên không được làm");
        body.put("violationDate", today.minusMonths(2).toString());
        body.put("proposedForm", "EXPULSION");
        String id = inspection().contentType(ContentType.JSON).body(body)
                .post("/api/inspection/discipline/cases")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void decideExpulsion(UUID caseId, LocalDate today) {
        Integer version = inspection().get("/api/inspection/discipline/cases/" + caseId)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("form", "EXPULSION");
        body.put("decidingBodyKind", "STANDING_COMMITTEE");
        body.put("decidingOrganizationId", grassroots);
        body.put("entitledVoters", 9);
        body.put("votesFor", 7);
        body.put("votesAgainst", 2);
        body.put("decisionNumber", "15-QĐ/ĐU");
        body.put("decisionDate", today.toString());
        body.put("effectiveDate", today.toString());
        body.put("version", version);
        inspection().contentType(ContentType.JSON).body(body)
                .post("/api/inspection/discipline/cases/" + caseId + "/decision")
                .then().statusCode(200);
    }

    private static UUID fileComplaint(UUID caseId, LocalDate today) {
        String id = inspection().contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "decisionReceivedDate", today.toString(),
                        "grounds", "Hình thức kỷ luật không tương xứng với mức độ vi phạm"))
                .post("/api/inspection/complaints")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static void annul(UUID complaint, LocalDate today) {
        Integer version = inspection().get("/api/inspection/complaints/" + complaint)
                .then().statusCode(200).extract().path("version");
        inspection().contentType(ContentType.JSON)
                .body(Map.of("outcome", "ANNUL", "resolutionNumber", "03-QĐ/UBKTĐU",
                        "resolutionDate", today.toString(), "reason", "Chưa đủ căn cứ kết luận vi phạm",
                        "version", version))
                .post("/api/inspection/complaints/" + complaint + "/resolution")
                .then().statusCode(200);
    }

    /** Attempts of the undelivered effects about this case or complaint (0 when none is left). */
    private static int pendingAttempts(UUID caseId, UUID complaint) {
        List<Map<String, Object>> rows = inspection().queryParam("size", 100)
                .get("/api/inspection/discipline/outbox")
                .then().statusCode(200).extract().path("items");
        return rows.stream()
                .filter(row -> caseId.toString().equals(row.get("aggregateId")) || complaint.toString().equals(row.get("aggregateId")))
                .mapToInt(row -> ((Number) row.get("attempts")).intValue())
                .sum();
    }

    private static void awaitStatus(UUID member, String status) {
        awaitTrue("member status " + status, () -> status.equals(given().baseUri(system.url("membership"))
                .auth().oauth2(TestTokens.blocAdmin())
                .get("/api/membership/members/" + member).then().statusCode(200).extract().path("status")));
    }

    private static void awaitTrue(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            ServiceProcess.sleep(300);
        }
        throw new AssertionError("Timed out waiting for: " + what);
    }

    private static io.restassured.specification.RequestSpecification inspection() {
        return given().baseUri(system.url("inspection")).auth().oauth2(TestTokens.blocAdmin());
    }
}
