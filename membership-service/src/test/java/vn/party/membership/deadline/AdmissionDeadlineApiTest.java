package vn.party.membership.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AdmissionDeadlineApiTest {

    private static final String CANDIDATES = "/api/membership/candidates";

    private static ValidatableResponse step(String token, UUID candidate, String step, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(CANDIDATES + "/" + candidate + "/" + step).then();
    }

    private static ValidatableResponse deadlines(String token, UUID organization, String asOf) {
        return given().auth().oauth2(token).queryParam("asOf", asOf)
                .when().get("/api/membership/organizations/" + organization + "/deadlines").then().statusCode(200);
    }

    @Test
    void pendingDecisionsAndCeremoniesAreListedWithTheirWorkingDayDeadlines() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        UUID introducerA = LeavingTestSupport.member(cell, "Nguyễn Văn Giới", "2012-05-19", "2013-05-19");
        UUID introducerB = LeavingTestSupport.member(cell, "Trần Thị Thiệu", "2014-03-03", "2015-03-03");
        LeavingTestSupport.member(cell, "Lê Văn Đủ", "2014-03-03", "2015-03-03"); // the cell's third official member
        String secretary = TestTokens.secretary(grassroots);

        Map<String, Object> profile = new HashMap<>(Map.of("fullName", "Đàm Văn Hạn", "gender", "MALE",
                "dateOfBirth", "1991-01-01", "ethnicity", "Tày", "jobTitle", "Chuyên viên", "hostAgency", "Sở Xây dựng",
                "nationalId", String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L))));
        UUID id = UUID.fromString(given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("organizationId", cell.toString(), "profile", profile))
                .when().post(CANDIDATES).then().statusCode(201).extract().path("id"));
        step(secretary, id, "awareness-class", Map.of("passedOn", "2025-03-03", "certificateNumber", "BD-1"))
                .statusCode(200);
        step(secretary, id, "introducers", Map.of("assignedOn", "2025-03-10", "introducers", List.of(
                Map.of("memberId", introducerA.toString(), "workedTogetherSince", "2022-01-01"),
                Map.of("memberId", introducerB.toString(), "workedTogetherSince", "2023-06-01")))).statusCode(200);
        step(secretary, id, "dossier", Map.of("completedOn", "2025-03-20")).statusCode(200);
        deadlines(secretary, grassroots, "2025-04-05").body("kind", not(hasItem("ADMISSION_DECISION")));
        step(secretary, id, "cell-vote", Map.of("votedOn", "2025-04-10", "entitledVoters", 9, "votesFor", 8))
                .statusCode(200);
        // due from the cell's resolution, before the committee has voted
        deadlines(secretary, grassroots, "2025-04-11").body("kind", contains("ADMISSION_DECISION"))
                .body("[0].openedOn", equalTo("2025-04-10")).body("[0].dueDate", equalTo("2025-07-07"));
        step(secretary, id, "committee-vote", Map.of("votedOn", "2025-04-14", "entitledVoters", 9, "votesFor", 8))
                .statusCode(200);

        // 60 working days after the cell's resolution, Thursday 2025-04-10, with 30/4, 1/5, 2/5 off and Saturday 26/4
        // worked in exchange for 2/5: 2025-07-07 is the last day
        deadlines(secretary, grassroots, "2025-07-07")
                .body("kind", contains("ADMISSION_DECISION"))
                .body("[0].dueDate", equalTo("2025-07-07"))
                .body("[0].openedOn", equalTo("2025-04-10"))
                .body("[0].status", equalTo("DUE"))
                .body("[0].candidateId", equalTo(id.toString()))
                .body("[0].organizationId", equalTo(cell.toString()));
        deadlines(secretary, grassroots, "2025-07-08").body("[0].status", equalTo("OVERDUE"));

        step(secretary, id, "decision", Map.of("decisionNumber", "7-QĐ/ĐU", "decidedOn", "2025-07-07"))
                .statusCode(200);
        // 30 working days after Monday 2025-07-07: 2025-08-18
        deadlines(secretary, grassroots, "2025-08-18")
                .body("kind", contains("ADMISSION_CEREMONY"))
                .body("[0].dueDate", equalTo("2025-08-18"))
                .body("[0].status", equalTo("DUE"));
        deadlines(secretary, grassroots, "2025-08-19").body("[0].status", equalTo("OVERDUE"));

        step(secretary, id, "ceremony", Map.of("ceremonyOn", "2025-08-18")).statusCode(200);
        // admitted: the ceremony is off the list; the new probationary member's review is not due yet
        deadlines(secretary, grassroots, "2025-08-19").body("size()", equalTo(0));
    }
}
