package vn.party.membership.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeadlineApiTest {

    private static final String TRANSFERS = "/api/membership/transfers";

    private UUID grassroots;
    private UUID cellA;
    private UUID cellB;
    private UUID otherCell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = LeavingTestSupport.organization("G-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cellA = LeavingTestSupport.organization("A-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        cellB = LeavingTestSupport.organization("B-" + suffix, "Chi bộ Phòng Hạ tầng", "SUBORDINATE_CELL", grassroots);
        otherCell = LeavingTestSupport.organization("O-" + suffix, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", bloc);
        // each cell keeps its 3 official members (a cell below that is flagged, see the last test)
        for (UUID cell : List.of(cellA, cellB)) {
            for (String name : List.of("Nguyễn Văn Một", "Nguyễn Văn Hai", "Nguyễn Văn Ba")) {
                LeavingTestSupport.member(cell, name, "2010-01-01", "2011-01-01");
            }
        }
    }

    private ValidatableResponse deadlines(String token, UUID organization, String asOf) {
        return given().auth().oauth2(token).queryParam("asOf", asOf)
                .when().get("/api/membership/organizations/" + organization + "/deadlines").then();
    }

    private String startTransfer(UUID member) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "OFFICIAL", "reason", "JOB_CHANGE",
                "memberId", member.toString(), "toOrganizationId", cellB.toString(),
                "triggerDecisionRef", "QĐ-2025-04-10", "triggerDecidedOn", "2025-04-10", "requestedOn", "2025-04-21",
                "letterNumber", "GGT-2025-04-22", "letterIssuedOn", "2025-04-22"));
        return given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(TRANSFERS).then().statusCode(201).extract().path("id");
    }

    @Test
    void probationReviewsAndPendingTransfersAreListedByDueDateDueThenOverdue() {
        UUID probationary = LeavingTestSupport.member(cellA, "Lương Văn Dự", "2024-10-01", null);
        UUID moving = LeavingTestSupport.member(cellA, "Trần Thị Chuyển", "2012-05-19", "2013-05-19");
        String transfer = startTransfer(moving);
        String secretary = TestTokens.secretary(grassroots);

        // 30 working days after Tuesday 2025-04-22, across Saturday 26/4 (worked in exchange for 2/5), 30/4, 1/5,
        // 2/5: 2025-06-05 is the last day; the probation review is not due before the end of probation
        // (2025-10-01), so it is not listed yet
        deadlines(secretary, grassroots, "2025-06-05").statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].kind", equalTo("TRANSFER_PRESENTATION"))
                .body("[0].dueDate", equalTo("2025-06-05"))
                .body("[0].openedOn", equalTo("2025-04-22"))
                .body("[0].status", equalTo("DUE"))
                .body("[0].transferId", equalTo(transfer))
                .body("[0].memberId", equalTo(moving.toString()))
                .body("[0].organizationId", equalTo(cellB.toString()));
        deadlines(secretary, grassroots, "2025-06-06").body("[0].status", equalTo("OVERDUE"));

        // the review: due at the end of probation, to be held by 2025-11-12 (working days)
        deadlines(secretary, grassroots, "2025-11-12").statusCode(200)
                .body("kind", contains("TRANSFER_PRESENTATION", "PROBATION_REVIEW"))
                .body("dueDate", contains("2025-06-05", "2025-11-12"))
                .body("status", contains("OVERDUE", "DUE"))
                .body("[1].memberId", equalTo(probationary.toString()))
                .body("[1].openedOn", equalTo("2025-10-01"))
                .body("[1].organizationId", equalTo(cellA.toString()));
        deadlines(secretary, grassroots, "2025-11-13").body("status", contains("OVERDUE", "OVERDUE"));
        // the cell sees its own; the receiving cell sees the transfer
        deadlines(TestTokens.secretary(cellA), cellA, "2025-11-13").statusCode(200)
                .body("kind", contains("TRANSFER_PRESENTATION", "PROBATION_REVIEW"));
        deadlines(TestTokens.secretary(cellB), cellB, "2025-11-13").statusCode(200)
                .body("kind", contains("TRANSFER_PRESENTATION"));

        // once received, the transfer is off the list
        given().auth().oauth2(TestTokens.secretary(cellB)).contentType(ContentType.JSON)
                .body(Map.of("receivedOn", "2025-06-05", "version", 0))
                .when().post(TRANSFERS + "/" + transfer + "/receipt").then().statusCode(200);
        deadlines(secretary, grassroots, "2025-11-13").body("kind", contains("PROBATION_REVIEW"));
    }

    @Test
    void outOfScopeIs403AnonymousIs401AndABadDateIs400() {
        deadlines(TestTokens.secretary(otherCell), grassroots, "2025-06-06").statusCode(403);
        deadlines(TestTokens.secretary(cellA), grassroots, "2025-06-06").statusCode(403);
        given().when().get("/api/membership/organizations/" + grassroots + "/deadlines").then().statusCode(401);
        deadlines(TestTokens.secretary(grassroots), grassroots, "yesterday").statusCode(400)
                .body("errors.field", hasItem("asOf"));
        given().auth().oauth2(TestTokens.blocAdmin()).when()
                .get("/api/membership/organizations/" + grassroots + "/deadlines").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void aCellBelowThreeOfficialMembersIsFlaggedWithTheReason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID small = LeavingTestSupport.organization("S-" + suffix, "Chi bộ Phòng Thanh tra", "SUBORDINATE_CELL", grassroots);
        LeavingTestSupport.member(small, "Đỗ Văn Một", "2010-01-01", "2011-01-01");
        LeavingTestSupport.member(small, "Đỗ Văn Hai", "2010-01-01", "2011-01-01");
        // a probationary member does not count
        LeavingTestSupport.member(small, "Đỗ Văn Dự", "2025-10-01", null);
        String secretary = TestTokens.secretary(grassroots);

        deadlines(secretary, grassroots, "2025-12-01").statusCode(200)
                .body("kind", contains("CELL_BELOW_MINIMUM"))
                .body("[0].organizationId", equalTo(small.toString()))
                .body("[0].subject", equalTo("Chi bộ Phòng Thanh tra"))
                .body("[0].dueDate", equalTo("2025-12-01"))
                .body("[0].reason", containsString("2 đảng viên chính thức"))
                .body("[0].reason", containsString("tối thiểu 3"));
        deadlines(TestTokens.secretary(small), small, "2025-12-01").statusCode(200)
                .body("kind", contains("CELL_BELOW_MINIMUM"));
        // a grassroots cell is a cell too
        deadlines(TestTokens.blocAdmin(), otherCell, "2025-12-01").statusCode(200)
                .body("kind", contains("CELL_BELOW_MINIMUM"))
                .body("[0].reason", containsString("0 đảng viên chính thức"));

        LeavingTestSupport.member(small, "Đỗ Văn Ba", "2012-01-01", "2013-01-01");
        deadlines(secretary, grassroots, "2025-12-01").statusCode(200).body("size()", equalTo(0));
    }
}
