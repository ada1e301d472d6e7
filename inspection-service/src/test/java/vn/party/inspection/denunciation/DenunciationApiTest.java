package vn.party.inspection.denunciation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.common.time.PartyClock;
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
        String assigned = TestTokens.token("kiemtra-a", Set.of("inspector"), grassroots, null);
        String colleague = TestTokens.token("kiemtra-b", Set.of("inspector"), grassroots, null);
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM)))
                .statusCode(201).body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"))
                .body("organizationId", equalTo(cell.toString())).body("status", equalTo("RECEIVED"))
                .extract().path("id");
        // bloc-admin sees the identity
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer.fullName", equalTo(NAME)).body("denouncer.contact", equalTo(PHONE));
        assign(head(grassroots), id, "kiemtra-a", 0).statusCode(200)
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
                .body(Map.of("noticeDate", LocalDate.now(PartyClock.VIETNAM).toString(), "version", 2))
                .when().post(DENUNCIATIONS + "/" + id + "/notice").then().statusCode(200)
                .body("status", equalTo("NOTIFIED")).body("noticeDate", equalTo(LocalDate.now(PartyClock.VIETNAM).toString()));

        // the audit trail never holds the identity
        assertEquals("0", single("select count(*) from audit_log where changes::text ilike ? or changes::text ilike ?",
                "%" + NAME + "%", "%" + PHONE + "%"));
        assertEquals("CREATE,READ,ASSIGN,READ,READ,RESOLVE,READ,NOTIFY", single(
                "select string_agg(action, ',' order by occurred_at, id) from audit_log where entity_type = 'denunciation'"
                        + " and entity_id = ?", id, null));
    }

    @Test
    void anonymousDenunciationsHaveNoIdentityForAnyone() {
        Map<String, Object> body = named(LocalDate.now(PartyClock.VIETNAM));
        body.remove("denouncer");
        String id = receive(TestTokens.blocAdmin(), body).statusCode(201).body("denouncer", nullValue()).extract().path("id");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh"));
        assertEquals("0", single("select count(*) from denouncer where denunciation_id = ?::uuid", id, null));
    }

    @Test
    void overdueAfterTheDeadlineUntilResolved() {
        LocalDate longAgo = LocalDate.now(PartyClock.VIETNAM).minusDays(61);
        String late = receive(TestTokens.inspector(grassroots), named(longAgo)).statusCode(201)
                .body("deadline", equalTo(longAgo.plusDays(60).toString())).body("overdue", equalTo(true))
                .extract().path("id");
        String onTime = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM).minusDays(60))).statusCode(201)
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
        // the subject member is outside the caller's scope: 403 without the member's organization (before: named)
        String refused = receive(TestTokens.inspector(otherGrassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(403)
                .extract().asString();
        assertFalse(refused.contains(cell.toString()), refused);
        receive(TestTokens.secretary(grassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(403);
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(201).extract().path("id");
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
        given().contentType(ContentType.JSON).body(named(LocalDate.now(PartyClock.VIETNAM))).when().post(DENUNCIATIONS).then().statusCode(401);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(DENUNCIATIONS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("subjectKind", "content", "receivedDate"));
        Map<String, Object> noMember = named(LocalDate.now(PartyClock.VIETNAM));
        noMember.remove("subjectMemberId");
        receive(TestTokens.blocAdmin(), noMember).statusCode(400).body("errors[0].field", equalTo("subjectMemberId"));
        receive(TestTokens.blocAdmin(), named(LocalDate.now(PartyClock.VIETNAM).plusDays(1))).statusCode(400)
                .body("errors[0].field", equalTo("receivedDate"));
        Map<String, Object> org = named(LocalDate.now(PartyClock.VIETNAM));
        org.remove("subjectMemberId");
        org.put("subjectKind", "ORGANIZATION");
        org.put("subjectOrganizationId", cell.toString());
        receive(TestTokens.inspector(grassroots), org).statusCode(201).body("subjectKind", equalTo("ORGANIZATION"));
    }

    // ---- assignment: only bloc-admin or the committee's head, never to oneself, never showing the denouncer ----

    @Test
    void anInspectorCannotAssignADenunciationToThemselves() {
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(201).extract().path("id");
        String self = TestTokens.token("kiemtra-a", Set.of("inspector"), grassroots, null);
        // before: 200, the inspector assigned and the answer carried the denouncer's name and phone
        String answer = assign(self, id, "kiemtra-a", 0).statusCode(403).contentType("application/problem+json")
                .extract().asString();
        assertFalse(answer.contains(NAME) || answer.contains(PHONE), answer);
        given().auth().oauth2(self).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("RECEIVED")).body("assignedInspector", nullValue()).body("denouncer", nullValue());

        // the head (or bloc-admin) may not pick themselves either: 422 naming the rule
        String headName = "truongban-" + grassroots;
        assign(TestTokens.token(headName, Set.of("inspection-head", "inspector"), grassroots, null), id, headName, 0)
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo(DenunciationService.SELF_ASSIGNMENT));
        assign(TestTokens.blocAdmin(), id, "admin", 0).statusCode(422)
                .body("errors[0].field", equalTo(DenunciationService.SELF_ASSIGNMENT));
        // a head outside the subtree, and a secretary, may not assign at all
        assign(head(otherGrassroots), id, "kiemtra-a", 0).statusCode(403);
        assign(TestTokens.secretary(grassroots), id, "kiemtra-a", 0).statusCode(403);
        assertEquals("0", single("select count(*) from audit_log where entity_id = ? and action in ('ASSIGN', 'REASSIGN')",
                id, null));
    }

    @Test
    void onlyTheHeadOrBlocAdminReassignsAndTheReassignmentIsAudited() throws Exception {
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(201).extract().path("id");
        String colleague = TestTokens.token("kiemtra-b", Set.of("inspector"), grassroots, null);
        assign(head(grassroots), id, "kiemtra-a", 0).statusCode(200).body("assignedInspector", equalTo("kiemtra-a"));

        // before: a colleague took over someone else's denunciation (and with it the denouncer's identity)
        assign(colleague, id, "kiemtra-b", 1).statusCode(403);
        given().auth().oauth2(colleague).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("assignedInspector", equalTo("kiemtra-a")).body("denouncer", nullValue());

        assign(head(grassroots), id, "kiemtra-b", 1).statusCode(200).body("assignedInspector", equalTo("kiemtra-b"))
                .body("status", equalTo("ASSIGNED")).body("denouncer", nullValue());
        JsonNode changes = new ObjectMapper().readTree(single("select changes::text from audit_log where entity_id = ?"
                + " and action = 'REASSIGN'", id, null));
        assertEquals("kiemtra-a", changes.get("assignedInspector").get("before").asText());
        assertEquals("kiemtra-b", changes.get("assignedInspector").get("after").asText());
        assertEquals("truongban-" + grassroots, single("select actor from audit_log where entity_id = ? and action = 'REASSIGN'",
                id, null));
        // the one now assigned handles it; the one before no longer does
        resolve(TestTokens.token("kiemtra-a", Set.of("inspector"), grassroots, null), id, 2).statusCode(403);
        resolve(colleague, id, 2).statusCode(200);
        assign(head(grassroots), id, "kiemtra-a", 3).statusCode(422).body("errors[0].field", equalTo(DenunciationService.STATE));
    }

    @Test
    void theAssignmentAnswerNeverCarriesTheDenouncer() {
        String id = receive(TestTokens.inspector(grassroots), named(LocalDate.now(PartyClock.VIETNAM))).statusCode(201).extract().path("id");
        for (String token : new String[] {head(grassroots), TestTokens.blocAdmin()}) {
            long version = ((Number) given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id)
                    .then().statusCode(200).extract().path("version")).longValue();
            String answer = assign(token, id, "kiemtra-" + version, version).statusCode(200)
                    .body("denouncer", nullValue()).body("denouncerLabel", equalTo("ẩn danh")).extract().asString();
            assertFalse(answer.contains(NAME) || answer.contains(PHONE) || answer.contains("Trần Phú"), answer);
        }
        // the explicit read still shows it to bloc-admin, as before
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(DENUNCIATIONS + "/" + id).then().statusCode(200)
                .body("denouncer.fullName", equalTo(NAME));
    }

    // ---- helpers ----

    /** The head of the inspection committee of {@code organizationId}. */
    private static String head(UUID organizationId) {
        return TestTokens.token("truongban-" + organizationId, Set.of("inspection-head"), organizationId, null);
    }

    private static ValidatableResponse assign(String token, String id, String inspector, long version) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("inspector", inspector, "version", version))
                .when().post(DENUNCIATIONS + "/" + id + "/assignment").then();
    }

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
                        LocalDate.now(PartyClock.VIETNAM).toString(), "version", version))
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
