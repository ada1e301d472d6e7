package vn.party.membership.transfer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class TransferApiTest {

    static final String TRANSFERS = "/api/membership/transfers";
    static final String MEMBERS = "/api/membership/members";

    private UUID grassroots;
    private UUID cellA;
    private UUID cellB;
    private UUID otherGrassroots;
    private UUID cellC;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("G-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cellA = organization("A-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        cellB = organization("B-" + suffix, "Chi bộ Phòng Hạ tầng", "SUBORDINATE_CELL", grassroots);
        otherGrassroots = organization("H-" + suffix, "Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE", bloc);
        cellC = organization("C-" + suffix, "Chi bộ Phòng Nghiệp vụ Y", "SUBORDINATE_CELL", otherGrassroots);
    }

    @Test
    void anInternalTransferChangesTheOrganizationOnlyOnReceipt() {
        UUID member = member(cellA, "Nguyễn Văn Chuyển");
        String sending = TestTokens.secretary(cellA);
        String receiving = TestTokens.secretary(cellC);
        String id = start(sending, official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellC.toString()).body)
                .statusCode(201)
                .body("direction", equalTo("INTERNAL"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("fromOrganizationId", equalTo(cellA.toString()))
                .body("memberName", equalTo("Nguyễn Văn Chuyển"))
                .extract().path("id");

        // in progress: still at home, and visible to both sides
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member).then().statusCode(200)
                .body("organizationId", equalTo(cellA.toString())).body("version", equalTo(0));
        given().auth().oauth2(receiving).when().get(TRANSFERS + "/" + id).then().statusCode(200);
        given().auth().oauth2(sending).when().get(TRANSFERS + "/" + id).then().statusCode(200);
        given().auth().oauth2(receiving).queryParam("organizationId", cellC).when().get(TRANSFERS).then()
                .statusCode(200).body("id", contains(id));
        given().auth().oauth2(TestTokens.secretary(grassroots)).queryParam("organizationId", grassroots).when()
                .get(TRANSFERS).then().statusCode(200).body("id", contains(id));
        // a second transfer of the same member while one is in progress
        start(TestTokens.blocAdmin(), official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body).statusCode(409);

        // only the receiving side records the receipt
        receipt(sending, id, "2025-05-05", 0).statusCode(403);
        receipt(receiving, id, "2025-05-05", 0).statusCode(200)
                .body("status", equalTo("RECEIVED")).body("receivedOn", equalTo("2025-05-05"));
        receipt(receiving, id, "2025-05-05", 1).statusCode(422).body("errors.field", hasItem("transfer.status"));

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member).then().statusCode(200)
                .body("organizationId", equalTo(cellC.toString())).body("version", equalTo(1));
        activeMembers(cellA, "2025-05-04", 1);
        activeMembers(cellA, "2025-05-05", 0);
        activeMembers(cellC, "2025-05-04", 0);
        activeMembers(cellC, "2025-05-05", 1);

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(TRANSFERS + "/" + id + "/audit").then()
                .statusCode(200)
                .body("action", contains("CREATE", "UPDATE"))
                .body("actor", contains("secretary-" + cellA, "secretary-" + cellC))
                .body("[1].changes.status.after", equalTo("RECEIVED"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member + "/audit").then()
                .statusCode(200)
                .body("find { it.action == 'UPDATE' }.changes.organizationId.before", equalTo(cellA.toString()))
                .body("find { it.action == 'UPDATE' }.changes.organizationId.after", equalTo(cellC.toString()));
    }

    @Test
    void requestAndPresentationDeadlinesAreCountedInWorkingDays() {
        UUID member = member(cellA, "Trần Thị Hạn");
        String admin = TestTokens.blocAdmin();
        // 60 working days after Thursday 2025-04-10, with 30/4, 1/5, 2/5 off and Saturday 26/4 worked in exchange
        // for 2/5: 2025-07-07 is the last day
        start(admin, official(member, "2025-04-10", "2025-07-08", "2025-07-08").with("toOrganizationId", cellB.toString()).body)
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("transfer.request-deadline"));
        String late = start(admin, official(member, "2025-04-10", "2025-07-07", "2025-07-07")
                .with("toOrganizationId", cellB.toString()).body).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.secretary(cellB)).contentType(ContentType.JSON)
                .body(Map.of("cancelledOn", "2025-07-10", "reason", "Quyết định điều động bị hủy", "version", 0))
                .when().post(TRANSFERS + "/" + late + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        // 30 working days after Tuesday 2025-04-22, across Saturday 26/4 (worked), 30/4, 1/5, 2/5: 2025-06-05
        String id = start(admin, official(member, "2025-04-10", "2025-04-21", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body).statusCode(201).extract().path("id");
        receipt(admin, id, "2025-06-06", 0).statusCode(422)
                .body("errors.field", hasItem("transfer.presentation-deadline"));
        given().auth().oauth2(admin).when().get(MEMBERS + "/" + member).then()
                .body("organizationId", equalTo(cellA.toString()));
        receipt(admin, id, "2025-06-05", 0).statusCode(200);
        given().auth().oauth2(admin).when().get(MEMBERS + "/" + member).then()
                .body("organizationId", equalTo(cellB.toString()));
    }

    @Test
    void temporaryTransfersLastThreeMonthsToUnderAYearOrUpToTwoYearsForStudy() {
        UUID member = member(cellA, "Lê Văn Tạm");
        String sending = TestTokens.secretary(cellA);
        for (String[] refused : new String[][] {
                {"WORK_ASSIGNMENT", "2025-05-31"}, // 2 months 30 days
                {"WORK_ASSIGNMENT", "2026-03-01"}, // 1 year, not for study
                {"STUDY", "2027-03-02"}}) {        // 2 years 1 day
            start(sending, temporary(member, refused[0], "2025-03-01", refused[1]).with("toOrganizationId",
                    cellC.toString()).body).statusCode(422).body("errors.field", hasItem("transfer.temporary-duration"));
        }
        String id = start(sending, temporary(member, "WORK_ASSIGNMENT", "2025-03-01", "2025-06-01")
                .with("toOrganizationId", cellC.toString()).body)
                .statusCode(201).body("kind", equalTo("TEMPORARY")).extract().path("id");
        receipt(TestTokens.secretary(cellC), id, "2025-03-03", 0).statusCode(200).body("status", equalTo("RECEIVED"));
        // the host records them but does not count them: they stay at home
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member).then()
                .body("organizationId", equalTo(cellA.toString())).body("version", equalTo(0));
        activeMembers(cellA, "2025-04-01", 1);
        activeMembers(cellC, "2025-04-01", 0);
        given().auth().oauth2(TestTokens.secretary(cellC)).queryParam("organizationId", cellC).when().get(TRANSFERS)
                .then().statusCode(200).body("id", contains(id));

        String study = start(sending, temporary(member, "STUDY", "2025-09-01", "2027-09-01")
                .with("toExternalName", "Học viện Chính trị quốc gia Hồ Chí Minh").body)
                .statusCode(201).body("direction", equalTo("OUTGOING"))
                .body("toExternalName", equalTo("Học viện Chính trị quốc gia Hồ Chí Minh")).extract().path("id");
        // a host outside the tree: the sending side records the receipt; the member stays active at home
        receipt(sending, study, "2025-09-03", 5).statusCode(409);
        receipt(sending, study, "2025-09-03", 0).statusCode(200).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member).then()
                .body("status", equalTo("OFFICIAL")).body("organizationId", equalTo(cellA.toString()));
        activeMembers(cellA, "2025-10-01", 1);
    }

    @Test
    void outgoingExternalTransferMarksTheMemberTransferredOutAndIncomingRegistersOnReceipt() {
        UUID member = member(cellA, "Phạm Văn Đi");
        String sending = TestTokens.secretary(cellA);
        String id = start(sending, official(member, "2025-09-03", "2025-09-10", "2025-09-12")
                .with("toExternalName", "Đảng bộ tỉnh Lào Cai").body)
                .statusCode(201).body("direction", equalTo("OUTGOING")).extract().path("id");
        receipt(sending, id, "2025-09-25", 0).statusCode(200).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member).then()
                .body("status", equalTo("TRANSFERRED_OUT")).body("organizationId", equalTo(cellA.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + member + "/status-changes").then()
                .body("status", contains("PROBATIONARY", "OFFICIAL", "TRANSFERRED_OUT"))
                .body("[2].effectiveOn", equalTo("2025-09-25"))
                .body("[2].decisionRef", equalTo("GGT-2025-09-12"));
        activeMembers(cellA, "2025-09-24", 1);
        activeMembers(cellA, "2025-09-25", 0);

        Map<String, Object> incoming = new HashMap<>(official(null, "2025-09-03", "2025-09-10", "2025-09-12").body);
        incoming.remove("memberId");
        incoming.put("memberName", "Vũ Thị Đến");
        incoming.put("fromExternalName", "Đảng bộ tỉnh Yên Bái");
        incoming.put("toOrganizationId", cellB.toString());
        String secretaryB = TestTokens.secretary(cellB);
        String in = start(secretaryB, incoming).statusCode(201).body("direction", equalTo("INCOMING"))
                .body("memberId", equalTo(null)).extract().path("id");
        receipt(secretaryB, in, "2025-09-22", 0).statusCode(400).body("errors.field", hasItem("profile"));
        Map<String, Object> body = Map.of("receivedOn", "2025-09-22", "version", 0,
                "profile", profile("Vũ Thị Đến"));
        String newMember = given().auth().oauth2(secretaryB).contentType(ContentType.JSON).body(body)
                .when().post(TRANSFERS + "/" + in + "/receipt").then().statusCode(200)
                .body("memberId", notNullValue()).extract().path("memberId");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + newMember).then()
                .body("organizationId", equalTo(cellB.toString())).body("status", equalTo("OFFICIAL"));
        activeMembers(cellB, "2025-09-21", 0);
        activeMembers(cellB, "2025-09-22", 1);
    }

    /** Issue 11, point 4: a receiving organization out of the caller's scope is refused before anything is said of it. */
    @Test
    void aReceivingOrganizationOutOfScopeIsNeitherNamedNorDescribed() {
        UUID closed = organization("D-" + UUID.randomUUID().toString().substring(0, 8), "Chi bộ Giải Thể Kín",
                "SUBORDINATE_CELL", otherGrassroots);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(),
                        "version", 0))
                .when().post("/api/membership/organizations/" + closed + "/dissolve").then().statusCode(200);
        Map<String, Object> incoming = new HashMap<>(official(null, "2025-09-03", "2025-09-10", "2025-09-12").body);
        incoming.remove("memberId");
        incoming.put("memberName", "Vũ Thị Dò");
        incoming.put("fromExternalName", "Đảng bộ tỉnh Yên Bái");
        incoming.put("toOrganizationId", closed.toString());
        start(TestTokens.secretary(cellB), incoming).statusCode(403).body("detail", not(containsString("Giải Thể")));
        // an internal transfer may name any organization of the tree; its refusal still names none
        UUID member = member(cellA, "Lê Văn Dời");
        start(TestTokens.secretary(grassroots), official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", closed.toString()).body).statusCode(422)
                .body("errors.field", hasItem("transfer.organization-active"))
                .body("detail", not(containsString("Giải Thể")));
    }

    @Test
    void secretariesOutOfScopeAreRefusedAndMembersReadTheirOwn() {
        UUID member = member(cellA, "Đỗ Văn Phạm");
        UUID other = member(cellA, "Đỗ Thị Khác");
        String outsider = TestTokens.secretary(cellC);
        start(outsider, official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellC.toString()).body).statusCode(403);
        String id = start(TestTokens.secretary(grassroots), official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body).statusCode(201).extract().path("id");
        given().auth().oauth2(outsider).when().get(TRANSFERS + "/" + id).then().statusCode(403);
        given().auth().oauth2(outsider).queryParam("organizationId", cellA).when().get(TRANSFERS).then().statusCode(403);
        receipt(outsider, id, "2025-05-05", 0).statusCode(403);
        given().auth().oauth2(outsider).contentType(ContentType.JSON)
                .body(Map.of("cancelledOn", "2025-05-05", "reason", "x", "version", 0))
                .when().post(TRANSFERS + "/" + id + "/cancellation").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cellC)).queryParam("organizationId", cellC).when().get(TRANSFERS)
                .then().statusCode(200).body("id", not(hasItem(id)));

        String own = TestTokens.member(cellA, member);
        given().auth().oauth2(own).when().get(TRANSFERS + "/" + id).then().statusCode(200)
                .body("memberId", equalTo(member.toString()));
        given().auth().oauth2(own).queryParam("memberId", member).when().get(TRANSFERS).then().statusCode(200)
                .body("id", contains(id));
        given().auth().oauth2(TestTokens.member(cellA, other)).when().get(TRANSFERS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cellA, other)).queryParam("memberId", member).when().get(TRANSFERS)
                .then().statusCode(403);
        start(own, official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body).statusCode(403);
        receipt(own, id, "2025-05-05", 0).statusCode(403);
    }

    @Test
    void anonymousCallsAre401AndMalformedRequests400NamingTheFields() {
        given().queryParam("organizationId", cellA).when().get(TRANSFERS).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of()).when().post(TRANSFERS).then().statusCode(401);

        String admin = TestTokens.blocAdmin();
        start(admin, Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("kind", "reason", "requestedOn"));
        UUID member = member(cellA, "Hồ Văn Thiếu");
        Map<String, Object> noLetter = new HashMap<>(official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body);
        noLetter.remove("letterNumber");
        start(admin, noLetter).statusCode(400).body("errors.field", hasItem("letterNumber"));
        start(admin, official(member, "2025-04-10", "2025-04-15", "2025-04-22").body).statusCode(400)
                .body("errors.field", hasItem("toOrganizationId"));
        start(admin, temporary(member, "STUDY", "2025-03-01", null).with("toOrganizationId", cellB.toString()).body)
                .statusCode(400).body("errors.field", hasItem("endsOn"));
        String id = start(admin, official(member, "2025-04-10", "2025-04-15", "2025-04-22")
                .with("toOrganizationId", cellB.toString()).body).statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .when().post(TRANSFERS + "/" + id + "/receipt").then().statusCode(400)
                .body("errors.field", hasItems("receivedOn", "version"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("cancelledOn", "2025-05-05", "version", 0))
                .when().post(TRANSFERS + "/" + id + "/cancellation").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        given().auth().oauth2(admin).when().get(TRANSFERS).then().statusCode(400)
                .body("errors.field", hasItem("organizationId"));
    }

    // --- helpers

    private static final class Body {
        final Map<String, Object> body = new HashMap<>();

        Body with(String key, Object value) {
            body.put(key, value);
            return this;
        }
    }

    private static Body official(UUID member, String decidedOn, String requestedOn, String letterIssuedOn) {
        Body body = new Body().with("kind", "OFFICIAL").with("reason", "JOB_CHANGE")
                .with("triggerDecisionRef", "QĐ-" + decidedOn).with("triggerDecidedOn", decidedOn)
                .with("requestedOn", requestedOn).with("letterNumber", "GGT-" + letterIssuedOn)
                .with("letterIssuedOn", letterIssuedOn);
        return member == null ? body : body.with("memberId", member.toString());
    }

    private static Body temporary(UUID member, String reason, String startsOn, String endsOn) {
        Body body = new Body().with("kind", "TEMPORARY").with("reason", reason).with("memberId", member.toString())
                .with("requestedOn", startsOn).with("startsOn", startsOn);
        return endsOn == null ? body : body.with("endsOn", endsOn);
    }

    private static ValidatableResponse start(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(TRANSFERS).then();
    }

    private static ValidatableResponse receipt(String token, String id, String receivedOn, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", receivedOn, "version", version))
                .when().post(TRANSFERS + "/" + id + "/receipt").then();
    }

    private static void activeMembers(UUID organization, String asOf, int expected) {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("asOf", asOf).when()
                .get("/api/membership/organizations/" + organization + "/statistics")
                .then().statusCode(200).body("activeMembers", equalTo(expected));
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> profile(String name) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "FEMALE");
        profile.put("dateOfBirth", "1980-01-01");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L,
                999_999_999_999L)));
        profile.put("admissionDate", "2012-05-19");
        profile.put("officialDate", "2013-05-19");
        return profile;
    }

    private static UUID member(UUID organization, String name) {
        Map<String, Object> body = Map.of("organizationId", organization.toString(), "profile", profile(name));
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS).then().statusCode(201).extract().path("id"));
    }
}
