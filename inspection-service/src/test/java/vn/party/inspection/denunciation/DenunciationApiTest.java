package vn.party.inspection.denunciation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class DenunciationApiTest {

    private static final String DENUNCIATIONS = "/api/inspection/denunciations";
    private static final String NAME = "Trần Thị Tố Giác";
    private static final String PHONE = "0912 345 678";

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
    void theDenouncerIsShownOnlyToTheAssignedInspectorAndBlocAdmin() {
        String assigned = TestTokens.token("kiemtra-a", java.util.Set.of("inspector"), grassroots, null);
        String colleague = TestTokens.token("kiemtra-b", java.util.Set.of("inspector"), grassroots, null);
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now()))
                .statusCode(201).body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"))
                .body("organizationId", equalTo(cell.toString())).body("status", equalTo("RECEIVED"))
                .extract().path("id");
        // bloc-admin sees the identity
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer.fullName", equalTo(NAME)).body("denouncer.contact", equalTo(PHONE));
        given().auth().oauth2(colleague).contentType(ContentType.JSON).body(Map.of("inspector", "kiemtra-a", "version", 0))
                .when().post(DENUNCIATIONS + "/" + id + "/assignment").then().statusCode(200)
                .body("assignedInspector", equalTo("kiemtra-a")).body("denouncer", nullValue());
        given().auth().oauth2(assigned).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer.fullName", equalTo(NAME)).body("denouncerLabel", equalTo(NAME));
        given().auth().oauth2(colleague).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"));
        given().auth().oauth2(colleague).when().get(DENUNCIATIONS + "?organizationId=" + grassroots).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.denouncer", nullValue());
        given().auth().oauth2(assigned).when().get(DENUNCIATIONS + "?organizationId=" + grassroots).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.denouncer.fullName", equalTo(NAME));

        // only the assigned inspector (or bloc-admin) resolves
        resolve(colleague, id, 1).statusCode(403);
        resolve(assigned, id, 1).statusCode(200).body("status", equalTo("RESOLVED"));
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"));
        given().auth().oauth2(assigned).contentType(ContentType.JSON)
                .body(Map.of("noticeDate", LocalDate.now().toString(), "version", 2))
                .when().post(DENUNCIATIONS + "/" + id + "/notice").then().statusCode(200)
                .body("status", equalTo("NOTIFIED")).body("noticeDate", equalTo(LocalDate.now().toString()));

        // the audit trail never holds the identity
        assertEquals("0", single("select count(*) from audit_log where changes::text ilike ? or changes::text ilike ?",
                "%" + NAME + "%", "%" + PHONE + "%"));
        assertEquals("CREATE,READ,ASSIGN,READ,READ,RESOLVE,READ,NOTIFY", single(
                "select string_agg(action, ',' order by occurred_at, id) from audit_log where entity_type = 'denunciation'"
                        + " and entity_id = ?", id, null));
    }

    @Test
    void anonymousDenunciationsHaveNoIdentityForAnyone() {
        Map<String, Object> body = named(LocalDate.now());
        body.remove("denouncer");
        String id = receive(TestTokens.blocAdmin(), body).statusCode(201).body("denouncer", nullValue()).extract().path("id");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"));
        assertEquals("0", single("select count(*) from denouncer where denunciation_id = ?::uuid", id, null));
    }

    @Test
    void overdueAfterTheDeadlineUntilResolved() {
        LocalDate longAgo = LocalDate.now().minusDays(61);
        String late = receive(TestTokens.inspector(grassroots), named(longAgo)).statusCode(201)
                .body("deadline", equalTo(longAgo.plusDays(60).toString())).body("overdue", equalTo(true))
                .extract().path("id");
        String onTime = receive(TestTokens.inspector(grassroots), named(LocalDate.now().minusDays(60))).statusCode(201)
                .body("overdue", equalTo(false)).extract().path("id");
        given().auth().oauth2(TestTokens.inspector(grassroots)).when()
                .get(DENUNCIATIONS + "?organizationId=" + cell + "&overdue=true").then().statusCode(200)
                .body("items.id", hasItems(late)).body("items.find { it.id == '" + onTime + "' }", nullValue());
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("inspector", "kiemtra", "version", 0))
                .when().post(DENUNCIATIONS + "/" + late + "/assignment").then().statusCode(200);
        resolve(TestTokens.blocAdmin(), late, 1).statusCode(200).body("overdue", equalTo(false));
    }

    @Test
    void scopeRolesAndInput() {
        receive(TestTokens.inspector(otherGrassroots), named(LocalDate.now())).statusCode(403);
        receive(TestTokens.secretary(grassroots), named(LocalDate.now())).statusCode(403);
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now())).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).when().get(DENUNCIATIONS + "/" + id).then().statusCode(403);
        // a secretary reads only once resolved
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(DENUNCIATIONS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.secretary(cell)).when().get(DENUNCIATIONS + "?organizationId=" + cell).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, member)).when().get(DENUNCIATIONS + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(otherGrassroots)).contentType(ContentType.JSON)
                .body(Map.of("inspector", "x", "version", 0))
                .when().post(DENUNCIATIONS + "/" + id + "/assignment").then().statusCode(403);
        resolve(TestTokens.blocAdmin(), id, 0).statusCode(422).body("errors[0].field", equalTo("denunciation.not-assigned"));

        given().when().get(DENUNCIATIONS + "/" + id).then().statusCode(401);
        given().contentType(ContentType.JSON).body(named(LocalDate.now())).when().post(DENUNCIATIONS).then().statusCode(401);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(DENUNCIATIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("subjectKind", "content", "receivedDate"));
        Map<String, Object> noMember = named(LocalDate.now());
        noMember.remove("subjectMemberId");
        receive(TestTokens.blocAdmin(), noMember).statusCode(400).body("errors[0].field", equalTo("subjectMemberId"));
        receive(TestTokens.blocAdmin(), named(LocalDate.now().plusDays(1))).statusCode(400)
                .body("errors[0].field", equalTo("receivedDate"));
        Map<String, Object> org = named(LocalDate.now());
        org.remove("subjectMemberId");
        org.put("subjectKind", "ORGANIZATION");
        org.put("subjectOrganizationId", cell.toString());
        receive(TestTokens.inspector(grassroots), org).statusCode(201).body("subjectKind", equalTo("ORGANIZATION"));
    }

    // ---- helpers ----

    private Map<String, Object> named(LocalDate received) {
        Map<String, Object> body = new HashMap<>();
        body.put("subjectKind", "MEMBER");
        body.put("subjectMemberId", member.toString());
        body.put("content", "Đảng viên có dấu hiệu vi phạm trong quản lý tài chính");
        body.put("receivedDate", received.toString());
        body.put("denouncer", Map.of("fullName", NAME, "contact", PHONE, "address", "Số 1 đường Trần Phú"));
        return body;
    }

    private static ValidatableResponse receive(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(DENUNCIATIONS).then();
    }

    private static ValidatableResponse resolve(String token, String id, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("resolution", "Tố cáo đúng một phần; chuyển xem xét kỷ luật", "resolutionDate",
                        LocalDate.now().toString(), "version", version))
                .when().post(DENUNCIATIONS + "/" + id + "/resolution").then();
    }

    private String single(String sql, String first, String second) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, first);
            if (second != null) {
                statement.setString(2, second);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
