package vn.party.membership.admission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * Acceptance: a grassroots committee admits 152 candidates in 2025 (a typical bloc's yearly figure) through every
 * stage of the pipeline, recognises them as official after probation, and the statistics report exactly 152
 * admissions for its subtree, without the sibling subtree's admissions nor the previous year's.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class AdmissionsOfAYearAcceptanceTest {

    private static final String CANDIDATES = AdmissionFixture.CANDIDATES;

    /** The dates of one intake: class, introducers, dossier, cell vote, committee vote, decision, ceremony, recognition. */
    private record Intake(String classOn, String introducersOn, String dossierOn, String cellOn, String committeeOn,
            String decidedOn, String ceremonyOn, String recognitionVoteOn, String officialOn) {
    }

    private static final Intake SPRING = new Intake("2025-03-03", "2025-03-10", "2025-03-20", "2025-04-01",
            "2025-04-10", "2025-05-15", "2025-06-02", "2026-06-10", "2026-06-02");
    private static final Intake AUTUMN = new Intake("2025-08-04", "2025-08-11", "2025-08-20", "2025-09-03",
            "2025-09-10", "2025-10-15", "2025-11-03", "2026-11-10", "2026-11-03");
    private static final Intake PREVIOUS_YEAR = new Intake("2024-09-02", "2024-09-09", "2024-09-16", "2024-10-01",
            "2024-10-08", "2024-11-05", "2024-12-02", null, null);

    private record Cell(UUID id, UUID introducerA, UUID introducerB) {
        static Cell of(String code, String name, UUID parent) {
            UUID id = AdmissionFixture.organization(code, name, "SUBORDINATE_CELL", parent);
            return new Cell(id, AdmissionFixture.member(id, "Nguyễn Văn Giới", "2012-05-19", "2013-05-19"),
                    AdmissionFixture.member(id, "Trần Thị Thiệu", "2014-03-03", "2015-03-03"));
        }
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hòa", "Hùng", "Khoa",
        "Lan", "Linh", "Minh", "Nam", "Ngọc", "Phong", "Quân", "Sơn", "Tâm", "Thảo"};

    /** A distinct, well-formed Vietnamese name for candidate {@code i} (names hold letters only). */
    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " Văn " + GIVEN[(i / FAMILY.length) % GIVEN.length];
    }

    /** One candidate through every stage to a probationary member; recognised as official when the intake says so. */
    private static String admit(String token, Cell cell, String name, Intake intake) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(AdmissionFixture.candidateBody(cell.id(), name, "1995-08-20", AdmissionFixture.nationalId()))
                .when().post(CANDIDATES).then().statusCode(201).extract().path("id");
        UUID candidate = UUID.fromString(id);
        AdmissionFixture.step(token, candidate, "awareness-class", Map.of("passedOn", intake.classOn(),
                "certificateNumber", "BD-" + intake.classOn())).statusCode(200);
        AdmissionFixture.step(token, candidate, "introducers", Map.of("assignedOn", intake.introducersOn(),
                "introducers", List.of(
                        Map.of("memberId", cell.introducerA().toString(), "workedTogetherSince", "2022-01-01"),
                        Map.of("memberId", cell.introducerB().toString(), "workedTogetherSince", "2022-06-01"))))
                .statusCode(200);
        AdmissionFixture.step(token, candidate, "dossier", Map.of("completedOn", intake.dossierOn())).statusCode(200);
        AdmissionFixture.step(token, candidate, "cell-vote", AdmissionFixture.vote(intake.cellOn(), 9, 9))
                .statusCode(200);
        AdmissionFixture.step(token, candidate, "committee-vote", AdmissionFixture.vote(intake.committeeOn(), 9, 9))
                .statusCode(200);
        AdmissionFixture.step(token, candidate, "decision", Map.of("decisionNumber", "QĐ-" + candidate.toString().substring(0, 8),
                "decidedOn", intake.decidedOn())).statusCode(200);
        String member = AdmissionFixture.step(token, candidate, "ceremony", Map.of("ceremonyOn", intake.ceremonyOn()))
                .statusCode(200).body("stage", equalTo("ADMITTED")).extract().path("memberId");
        if (intake.recognitionVoteOn() != null) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("votedOn", intake.recognitionVoteOn(), "entitledVoters", 9, "votesFor", 9,
                            "decisionRef", "CT-" + candidate.toString().substring(0, 8)))
                    .when().post("/api/membership/members/" + member + "/recognition").then().statusCode(200)
                    .body("status", equalTo("OFFICIAL")).body("officialDate", equalTo(intake.officialOn()));
        }
        return member;
    }

    private static void admissions(UUID organization, String from, String to, int expected) {
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("asOf", "2026-11-20")
                .queryParam("admittedFrom", from).queryParam("admittedTo", to)
                .when().get("/api/membership/organizations/" + organization + "/statistics").then().statusCode(200)
                .body("admissions.count", equalTo(expected));
    }

    @Test
    void a152AdmissionYearIsReportedExactlyForItsSubtree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = AdmissionFixture.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID grassroots = AdmissionFixture.organization("G-" + suffix, "Đảng bộ Sở Nông nghiệp", "GRASSROOTS_COMMITTEE",
                bloc);
        UUID sibling = AdmissionFixture.organization("S-" + suffix, "Đảng bộ Sở Tài nguyên", "GRASSROOTS_COMMITTEE",
                bloc);
        Cell first = Cell.of("C1-" + suffix, "Chi bộ Phòng Trồng trọt", grassroots);
        Cell second = Cell.of("C2-" + suffix, "Chi bộ Chi cục Thủy lợi", grassroots);
        Cell siblingCell = Cell.of("C3-" + suffix, "Chi bộ Phòng Đất đai", sibling);
        // a fresh token per candidate: test tokens live 5 minutes, and 152 admissions on a loaded machine take longer
        for (int i = 0; i < 152; i++) {
            admit(TestTokens.secretary(grassroots), i % 2 == 0 ? first : second, name(i), i < 80 ? SPRING : AUTUMN);
        }
        String siblingSecretary = TestTokens.secretary(sibling);
        for (int i = 0; i < 7; i++) {
            admit(siblingSecretary, siblingCell, name(i + 3), i < 4 ? SPRING : AUTUMN);
        }
        String secretary = TestTokens.secretary(grassroots);
        admit(secretary, first, "Lý Thị Cũ", PREVIOUS_YEAR); // admitted 2024-12-02, still probationary

        admissions(grassroots, "2025-01-01", "2025-12-31", 152);
        admissions(sibling, "2025-01-01", "2025-12-31", 7);
        admissions(bloc, "2025-01-01", "2025-12-31", 159);
        admissions(grassroots, "2024-01-01", "2024-12-31", 1);
        // the two intakes: the spring ceremony on 2025-06-02 is inside, the autumn one on 2025-11-03 outside
        admissions(grassroots, "2025-06-02", "2025-11-02", 80);
        given().auth().oauth2(secretary).queryParam("asOf", "2026-11-20")
                .when().get("/api/membership/organizations/" + grassroots + "/statistics").then().statusCode(200)
                // four introducers and the 152, all official; last year's candidate was never recognised
                .body("byStatus.OFFICIAL", equalTo(156))
                .body("byStatus.PROBATIONARY", equalTo(1))
                .body("activeMembers", equalTo(157));
        given().auth().oauth2(secretary)
                .when().get("/api/membership/organizations/" + sibling + "/statistics").then().statusCode(403);
    }
}
