package vn.party.inspection.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.inspection.discipline.FakeMembershipMembers;
import vn.party.inspection.inspection.Db;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class SupervisionApiTest {

    private static final String SUPERVISIONS = "/api/inspection/supervisions";

    @Inject
    DataSource dataSource;

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherGrassroots = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();

    @BeforeEach
    void world() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(grassroots, bloc);
        FakeMembershipTree.place(cell, grassroots);
        FakeMembershipTree.place(otherGrassroots, bloc);
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
    }

    @Test
    void aFindingEscalatesOnceToAnInspectionOnSignsOfViolationLinkedBothWays() {
        String id = open(body("THEMATIC", "MEMBER", null, member)).statusCode(201)
                .body("targetOrganizationId", equalTo(cell.toString())).body("findings", hasSize(0))
                .extract().path("id");
        String finding = post(id, "/findings", Map.of("text", "Có dấu hiệu vi phạm trong kê khai tài sản", "severity", "SERIOUS",
                "version", 0)).statusCode(200).body("version", equalTo(1)).body("findings[0].escalatedInspectionId", nullValue())
                .extract().path("findings[0].id");
        post(id, "/findings/" + finding + "/escalation", Map.of("subject", "Kiểm tra khi có dấu hiệu vi phạm", "version", 0))
                .statusCode(409);
        String inspection = post(id, "/findings/" + finding + "/escalation",
                Map.of("subject", "Kiểm tra khi có dấu hiệu vi phạm", "version", 1)).statusCode(201)
                .header("Location", containsString("/api/inspection/inspections/"))
                .body("kind", equalTo("SIGNS_OF_VIOLATION")).body("targetKind", equalTo("MEMBER"))
                .body("targetMemberId", equalTo(member.toString())).body("targetOrganizationId", equalTo(cell.toString()))
                .body("inspectingOrganizationId", equalTo(grassroots.toString()))
                .body("originFindingId", equalTo(finding)).body("status", equalTo("PREPARING"))
                .body("content", equalTo("Có dấu hiệu vi phạm trong kê khai tài sản"))
                .extract().path("id");
        get(TestTokens.inspector(grassroots), id).statusCode(200).body("findings[0].escalatedInspectionId", equalTo(inspection))
                .body("version", equalTo(2));
        post(id, "/findings/" + finding + "/escalation", Map.of("subject", "Lần hai", "version", 2)).statusCode(422)
                .body("errors[0].field", equalTo("supervision.finding-already-escalated"));
        post(id, "/findings/" + UUID.randomUUID() + "/escalation", Map.of("subject", "x", "version", 2)).statusCode(404);
        assertEquals("CREATE,FINDING,ESCALATE", Db.single(dataSource, "select string_agg(action, ',' order by occurred_at, id)"
                + " from audit_log where entity_type = 'supervision' and entity_id = ?", id));
        assertEquals("1", Db.single(dataSource, "select count(*) from inspection where origin_finding_id = ?::uuid",
                UUID.fromString(finding)));
    }

    @Test
    void periodsTargetsAndInput() {
        Map<String, Object> backwards = body("REGULAR", "ORGANIZATION", cell, null);
        backwards.put("periodTo", "2020-12-31");
        open(backwards).statusCode(400).body("errors[0].field", equalTo("periodTo"));
        open(body("REGULAR", "ORGANIZATION", otherGrassroots, null)).statusCode(422)
                .body("errors[0].field", equalTo("inspection.target-outside-subtree"));
        open(body("REGULAR", "ORGANIZATION", null, null)).statusCode(400).body("errors[0].field", equalTo("targetOrganizationId"));
        // a target member outside the caller's scope: 403 without where they are (before: 422, a subtree oracle)
        UUID outsider = UUID.randomUUID();
        FakeMembershipMembers.register(outsider, otherGrassroots, "OFFICIAL", false);
        open(body("THEMATIC", "MEMBER", null, outsider)).statusCode(403)
                .body("detail", not(containsString(otherGrassroots.toString())));
        open(body("WEEKLY", "ORGANIZATION", cell, null)).statusCode(400);
        String id = open(body("REGULAR", "ORGANIZATION", cell, null)).statusCode(201).extract().path("id");
        post(id, "/findings", Map.of("text", "", "severity", "MINOR", "version", 0)).statusCode(400)
                .body("errors[0].field", equalTo("text"));
    }

    @Test
    void whoMayWriteAndRead() {
        String id = open(body("REGULAR", "ORGANIZATION", cell, null)).statusCode(201).extract().path("id");
        get(TestTokens.secretary(cell), id).statusCode(200);
        get(TestTokens.secretary(otherGrassroots), id).statusCode(403).contentType("application/problem+json");
        get(TestTokens.inspector(otherGrassroots), id).statusCode(403);
        get(TestTokens.member(cell, member), id).statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(body("REGULAR", "ORGANIZATION", cell, null)).when().post(SUPERVISIONS).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(Map.of("text", "x", "severity", "MINOR", "version", 0)).when().post(SUPERVISIONS + "/" + id + "/findings")
                .then().statusCode(403);
        String finding = post(id, "/findings", Map.of("text", "Dấu hiệu vi phạm", "severity", "SERIOUS", "version", 0))
                .statusCode(200).extract().path("findings[0].id");
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kiểm tra", "version", 1))
                .when().post(SUPERVISIONS + "/" + id + "/findings/" + finding + "/escalation").then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("subject", "Kiểm tra", "version", 1))
                .when().post(SUPERVISIONS + "/" + id + "/findings/" + finding + "/escalation").then().statusCode(403);
        assertEquals("0", Db.single(dataSource, "select count(*) from inspection where origin_finding_id = ?::uuid",
                UUID.fromString(finding)));
        given().when().get(SUPERVISIONS + "/" + id).then().statusCode(401);

        given().auth().oauth2(TestTokens.secretary(grassroots)).when()
                .get(SUPERVISIONS + "?organizationId=" + grassroots + "&year=2021&kind=REGULAR").then().statusCode(200)
                .body("items.id", hasItems(id));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when()
                .get(SUPERVISIONS + "?organizationId=" + grassroots + "&year=2022").then().statusCode(200)
                .body("items.id", not(hasItems(id)));
        given().auth().oauth2(TestTokens.secretary(otherGrassroots)).when()
                .get(SUPERVISIONS + "?organizationId=" + grassroots).then().statusCode(403);
    }

    private Map<String, Object> body(String kind, String targetKind, UUID organization, UUID memberId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("inspectingOrganizationId", grassroots.toString());
        body.put("inspectingBody", "COMMITTEE");
        body.put("targetKind", targetKind);
        if (organization != null) {
            body.put("targetOrganizationId", organization.toString());
        }
        if (memberId != null) {
            body.put("targetMemberId", memberId.toString());
        }
        body.put("subject", "Giám sát việc thực hiện quy chế làm việc");
        body.put("content", "Giám sát chuyên đề năm 2021");
        body.put("periodFrom", LocalDate.of(2021, 3, 1).toString());
        body.put("periodTo", LocalDate.of(2021, 9, 30).toString());
        return body;
    }

    private ValidatableResponse open(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(SUPERVISIONS).then();
    }

    private ValidatableResponse post(String id, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.inspector(grassroots)).contentType(ContentType.JSON).body(body)
                .when().post(SUPERVISIONS + "/" + id + path).then();
    }

    private static ValidatableResponse get(String token, String id) {
        return given().auth().oauth2(token).when().get(SUPERVISIONS + "/" + id).then();
    }
}
