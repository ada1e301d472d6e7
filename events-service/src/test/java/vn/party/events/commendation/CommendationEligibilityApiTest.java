package vn.party.events.commendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.events.commendation.FakeMembershipDirectory.Member;
import vn.party.events.rating.OrganizationDesignation;
import vn.party.events.rating.RatingFixtures;
import vn.party.events.rating.RatingLevel;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/**
 * The commendation eligibility lists computed from approved ratings: members excellent five years in a row and
 * organizations clean and strong (or exemplary) five years in a row, with {@code alreadyCommended}. Past years'
 * ratings are written by {@link RatingFixtures} (shaped as the approval writes them); commendations go through the API.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipDirectory.class)
class CommendationEligibilityApiTest {

    private static final String BASE = "/api/events/commendations";
    private static final String MEMBERS = BASE + "/eligibility/members";
    private static final String ORGANIZATIONS = BASE + "/eligibility/organizations";

    private final UUID bloc = UUID.randomUUID();
    private final UUID grassroots = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID sibling = UUID.randomUUID();

    @Inject
    RatingFixtures fixtures;

    @BeforeEach
    void tree() {
        place(bloc, null, "Đảng bộ Khối", "BLOC_COMMITTEE");
        place(grassroots, bloc, "Đảng bộ Sở Giao thông", "GRASSROOTS_COMMITTEE");
        place(cell, grassroots, "Chi bộ Văn phòng", "SUBORDINATE_CELL");
        place(sibling, bloc, "Chi bộ Sở Tài chính", "GRASSROOTS_CELL");
    }

    private static void place(UUID id, UUID parent, String name, String type) {
        FakeMembershipTree.place(id, parent, name, type);
    }

    @Test
    void membersExcellentEveryYear2017To2021AreListedWithWhetherTheyWereAlreadyCommended() {
        List<UUID> chain = List.of(cell, grassroots, bloc);
        Member steady = member(cell, "Nguyễn Văn An");
        Member gap = member(cell, "Trần Thị Bình");          // GOOD in 2019
        Member commended = member(cell, "Lê Văn Cường");     // Giấy khen on 2022-03-01
        Member onTheDay = member(cell, "Phạm Thị Dung");     // Giấy khen on the day the 2021 rating was approved
        Member before = member(cell, "Hoàng Văn Em");        // Giấy khen the day before: another achievement
        Member elsewhere = member(sibling, "Võ Thị Gấm");    // excellent too, in another grassroots organization
        for (int year = 2017; year <= 2021; year++) {
            UUID period = UUID.fromString(yearPeriod(year));
            LocalDate decided = LocalDate.of(year, 12, 20);
            fixtures.approvedMembers(period, List.of(steady.id(), commended.id(), onTheDay.id(), before.id()), chain,
                    RatingLevel.EXCELLENT, "92", decided);
            fixtures.approvedMembers(period, List.of(gap.id()), chain,
                    year == 2019 ? RatingLevel.GOOD : RatingLevel.EXCELLENT, year == 2019 ? "85" : "93", decided);
            fixtures.approvedMembers(period, List.of(elsewhere.id()), List.of(sibling, bloc), RatingLevel.EXCELLENT,
                    "95", decided);
        }
        String grassrootsSecretary = TestTokens.secretary(grassroots);
        record(grassrootsSecretary, giayKhen(grassroots, Map.of("memberId", commended.id().toString()), "2022-03-01"));
        record(grassrootsSecretary, giayKhen(grassroots, Map.of("memberId", onTheDay.id().toString()), "2021-12-20"));
        record(grassrootsSecretary, giayKhen(grassroots, Map.of("memberId", before.id().toString()), "2021-12-19"));

        members(grassrootsSecretary, grassroots, 200).contentType(ContentType.JSON)
                .body("totalItems", equalTo(4))
                .body("items.memberId", containsInAnyOrder(steady.id().toString(), commended.id().toString(),
                        onTheDay.id().toString(), before.id().toString()))
                .body("items.memberId", not(hasItem(gap.id().toString())))
                .body("items.find { it.memberId == '" + steady.id() + "' }.years.year",
                        contains(2017, 2018, 2019, 2020, 2021))
                .body("items.find { it.memberId == '" + steady.id() + "' }.years.level", hasItem("EXCELLENT"))
                .body("items.find { it.memberId == '" + steady.id() + "' }.fromYear", equalTo(2017))
                .body("items.find { it.memberId == '" + steady.id() + "' }.toYear", equalTo(2021))
                .body("items.find { it.memberId == '" + steady.id() + "' }.alreadyCommended", equalTo(false))
                .body("items.find { it.memberId == '" + commended.id() + "' }.alreadyCommended", equalTo(true))
                .body("items.find { it.memberId == '" + commended.id() + "' }.commendations[0].form",
                        equalTo("GIAY_KHEN"))
                .body("items.find { it.memberId == '" + commended.id() + "' }.commendations[0].decisionDate",
                        equalTo("2022-03-01"))
                .body("items.find { it.memberId == '" + onTheDay.id() + "' }.alreadyCommended", equalTo(true))
                .body("items.find { it.memberId == '" + before.id() + "' }.alreadyCommended", equalTo(false));

        // a shorter window: the member with a gap in 2019 is excellent 2020–2021
        given().auth().oauth2(grassrootsSecretary).queryParam("organizationId", grassroots).queryParam("years", 2)
                .queryParam("toYear", 2021).when().get(MEMBERS).then().statusCode(200)
                .body("items.memberId", hasItem(gap.id().toString())).body("totalItems", equalTo(5));
        // a window ending 2022: nobody was rated that year
        given().auth().oauth2(grassrootsSecretary).queryParam("organizationId", grassroots).queryParam("toYear", 2022)
                .when().get(MEMBERS).then().statusCode(200).body("totalItems", equalTo(0));
        // paged
        given().auth().oauth2(grassrootsSecretary).queryParam("organizationId", grassroots).queryParam("toYear", 2021)
                .queryParam("page", 1).queryParam("size", 3).when().get(MEMBERS).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("totalItems", equalTo(4)).body("totalPages", equalTo(2));
        // the bloc sees both grassroots organizations; the secretary's default is their own organization
        members(TestTokens.blocAdmin(), bloc, 200).body("totalItems", equalTo(5))
                .body("items.memberId", hasItem(elsewhere.id().toString()));
        given().auth().oauth2(TestTokens.secretary(sibling)).queryParam("toYear", 2021).when().get(MEMBERS).then()
                .statusCode(200).body("items.memberId", contains(elsewhere.id().toString()));
    }

    @Test
    void organizationsCleanAndStrongEveryYearAreListedAndAnUndesignatedOrGoodYearBreaksTheStreak() {
        UUID exemplary = UUID.randomUUID();     // EXEMPLARY every year
        UUID cleanAndStrong = UUID.randomUUID(); // CLEAN_AND_STRONG every year, EXEMPLARY in 2019; commended in 2022
        UUID undesignated = UUID.randomUUID();  // EXCELLENT but named nothing (designations: []) in 2019
        UUID good = UUID.randomUUID();          // GOOD in 2020
        place(exemplary, bloc, "Đảng bộ Sở Y tế", "GRASSROOTS_COMMITTEE");
        place(cleanAndStrong, bloc, "Đảng bộ Sở Nội vụ", "GRASSROOTS_COMMITTEE");
        place(undesignated, bloc, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL");
        place(good, bloc, "Chi bộ Sở Xây dựng", "GRASSROOTS_CELL");
        for (int year = 2017; year <= 2021; year++) {
            UUID period = UUID.fromString(yearPeriod(year));
            LocalDate decided = LocalDate.of(year, 12, 28);
            fixtures.approvedOrganization(period, List.of(exemplary, bloc), RatingLevel.EXCELLENT, "96",
                    OrganizationDesignation.EXEMPLARY, decided);
            fixtures.approvedOrganization(period, List.of(cleanAndStrong, bloc), RatingLevel.EXCELLENT, "93",
                    year == 2019 ? OrganizationDesignation.EXEMPLARY : OrganizationDesignation.CLEAN_AND_STRONG, decided);
            fixtures.approvedOrganization(period, List.of(undesignated, bloc), RatingLevel.EXCELLENT, "91",
                    year == 2019 ? null : OrganizationDesignation.CLEAN_AND_STRONG, decided);
            fixtures.approvedOrganization(period, List.of(good, bloc),
                    year == 2020 ? RatingLevel.GOOD : RatingLevel.EXCELLENT, year == 2020 ? "80" : "92",
                    year == 2020 ? null : OrganizationDesignation.CLEAN_AND_STRONG, decided);
        }
        record(TestTokens.blocAdmin(), giayKhen(bloc, Map.of("organizationId", cleanAndStrong.toString()), "2022-02-03"));

        organizations(TestTokens.blocAdmin(), bloc, "CLEAN_AND_STRONG", 200)
                .body("totalItems", equalTo(2))
                .body("items.organizationId", containsInAnyOrder(exemplary.toString(), cleanAndStrong.toString()))
                .body("items.find { it.organizationId == '" + cleanAndStrong + "' }.years.designation",
                        contains("CLEAN_AND_STRONG", "CLEAN_AND_STRONG", "EXEMPLARY", "CLEAN_AND_STRONG",
                                "CLEAN_AND_STRONG"))
                .body("items.find { it.organizationId == '" + cleanAndStrong + "' }.alreadyCommended", equalTo(true))
                .body("items.find { it.organizationId == '" + cleanAndStrong + "' }.commendations[0].issuingLevel",
                        equalTo("BLOC"))
                .body("items.find { it.organizationId == '" + exemplary + "' }.alreadyCommended", equalTo(false))
                .body("items.find { it.organizationId == '" + exemplary + "' }.subjectKind", equalTo("ORGANIZATION"));
        // the default designation is CLEAN_AND_STRONG
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("toYear", 2021)
                .when().get(ORGANIZATIONS).then().statusCode(200).body("totalItems", equalTo(2));
        // exemplary every year: only the first
        organizations(TestTokens.blocAdmin(), bloc, "EXEMPLARY", 200)
                .body("items.organizationId", contains(exemplary.toString()));
        // the organization named nothing in 2019 is clean and strong 2020–2021
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("toYear", 2021)
                .queryParam("years", 2).when().get(ORGANIZATIONS).then().statusCode(200)
                .body("items.organizationId", hasItem(undesignated.toString()))
                .body("items.organizationId", not(hasItem(good.toString())));
        // a grassroots organization's secretary sees itself only
        organizations(TestTokens.secretary(exemplary), exemplary, "CLEAN_AND_STRONG", 200)
                .body("items.organizationId", contains(exemplary.toString()));
    }

    @Test
    void theListsAreForStaffInScopeAndBadParametersAreNamed() {
        // members, and secretaries outside the subtree, are refused
        members(TestTokens.member(cell, UUID.randomUUID()), cell, 403);
        organizations(TestTokens.member(cell, UUID.randomUUID()), grassroots, "CLEAN_AND_STRONG", 403);
        members(TestTokens.secretary(grassroots), bloc, 403).contentType("application/problem+json");
        organizations(TestTokens.secretary(sibling), grassroots, "CLEAN_AND_STRONG", 403)
                .contentType("application/problem+json");
        members(TestTokens.inspector(grassroots), grassroots, 200);
        given().queryParam("organizationId", grassroots).queryParam("toYear", 2021).when().get(MEMBERS).then()
                .statusCode(401);
        given().queryParam("organizationId", grassroots).queryParam("toYear", 2021).when().get(ORGANIZATIONS).then()
                .statusCode(401);
        // bad parameters
        organizations(TestTokens.blocAdmin(), bloc, "TIEU_BIEU", 400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("designation"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("years", 31)
                .queryParam("toYear", 2021).when().get(MEMBERS).then().statusCode(400)
                .body("errors[0].field", equalTo("years"));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", bloc).queryParam("years", 0)
                .queryParam("toYear", 2021).when().get(ORGANIZATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("years"));
        // bloc-admin without an organization in the token must name one
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("toYear", 2021).when().get(MEMBERS).then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
    }

    private ValidatableResponse members(String token, UUID organization, int status) {
        return given().auth().oauth2(token).queryParam("organizationId", organization).queryParam("years", 5)
                .queryParam("toYear", 2021).when().get(MEMBERS).then().statusCode(status);
    }

    private ValidatableResponse organizations(String token, UUID organization, String designation, int status) {
        return given().auth().oauth2(token).queryParam("organizationId", organization).queryParam("years", 5)
                .queryParam("toYear", 2021).queryParam("designation", designation).when().get(ORGANIZATIONS).then()
                .statusCode(status);
    }

    private static Member member(UUID organization, String name) {
        Member m = new Member(UUID.randomUUID(), organization, name, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 2, 1),
                "OFFICIAL");
        FakeMembershipDirectory.member(m);
        return m;
    }

    /** A Giấy khen of the grassroots organization, or of the bloc committee, to one recipient. */
    private Map<String, Object> giayKhen(UUID issuer, Map<String, String> recipient, String date) {
        Map<String, Object> body = new HashMap<>();
        body.put("form", "GIAY_KHEN");
        body.put("issuingLevel", issuer.equals(bloc) ? "BLOC" : "GRASSROOTS");
        body.put("issuingOrganizationId", issuer.toString());
        body.put("decisionNumber", "7-QĐ/ĐU");
        body.put("decisionDate", date);
        body.put("reason", "Hoàn thành xuất sắc nhiệm vụ 5 năm liền (2017–2021)");
        body.put("recipients", List.of(recipient));
        return body;
    }

    private static void record(String token, Map<String, Object> body) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(BASE).then().statusCode(201);
    }

    /** The YEAR period of {@code year}, opened by bloc-admin the first time. */
    private static String yearPeriod(int year) {
        var created = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", year)).when().post("/api/events/ratings/periods").then().extract();
        if (created.statusCode() == 201) {
            return created.path("id");
        }
        List<Map<String, Object>> periods = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", year)
                .when().get("/api/events/ratings/periods").then().statusCode(200).extract().path("$");
        return periods.stream().filter(p -> "YEAR".equals(p.get("kind"))).map(p -> (String) p.get("id")).findFirst()
                .orElseThrow();
    }
}
