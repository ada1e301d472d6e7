package vn.party.membership.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.party.membership.organization.OrganizationFixtures.BASE;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** Whole-subtree, breadcrumb and name-search reads over a five-level tree. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganizationTreeApiTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 6, 1);

    @Inject
    MemberRegisterFixture register;

    private OrganizationFixtures fixtures;
    private UUID bloc;
    private UUID grassroots;
    private UUID partial;
    private UUID cell;
    private UUID group;
    private UUID otherCell;

    /** Bloc → đảng bộ cơ sở → đảng bộ bộ phận → chi bộ trực thuộc → tổ đảng, plus a chi bộ cơ sở beside. */
    @BeforeEach
    void tree() {
        fixtures = new OrganizationFixtures();
        String tag = fixtures.tag();
        bloc = fixtures.create("DBK", "Đảng bộ Khối các cơ quan tỉnh " + tag, "BLOC_COMMITTEE", null, "2020-01-01");
        grassroots = fixtures.create("GTVT", "Đảng bộ Sở Giao thông vận tải " + tag, "GRASSROOTS_COMMITTEE", bloc,
                "2020-01-01");
        partial = fixtures.create("GTVT-DB", "Đảng bộ bộ phận Cục Đường bộ " + tag, "PARTIAL_COMMITTEE", grassroots,
                "2020-01-01");
        cell = fixtures.create("GTVT-DB-VP", "Chi bộ Văn phòng Cục " + tag, "SUBORDINATE_CELL", partial, "2020-01-01");
        group = fixtures.create("GTVT-DB-VP-1", "Tổ đảng số 1 " + tag, "PARTY_GROUP", cell, "2020-01-01");
        otherCell = fixtures.create("TP", "Chi bộ Sở Tư pháp " + tag, "GRASSROOTS_CELL", bloc, "2020-01-01");
        register.member(cell, "OFFICIAL", SINCE);
        register.member(cell, "PROBATIONARY", SINCE);
        register.member(group, "SUSPENDED", SINCE);
        register.member(group, "EXPELLED", SINCE);
        register.member(otherCell, "OFFICIAL", SINCE);
    }

    @Test
    void subtreeListsEveryLevelDepthFirstWithMemberCounts() {
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get(BASE + "/" + bloc + "/subtree")
                .then().statusCode(200)
                .body("rootId", equalTo(bloc.toString()))
                .body("asOf", nullValue())
                // depth-first: each node after its parent, siblings by code (GTVT… before TP…)
                .body("nodes.id", contains(bloc.toString(), grassroots.toString(), partial.toString(), cell.toString(),
                        group.toString(), otherCell.toString()))
                .body("nodes.depth", contains(0, 1, 2, 3, 4, 1))
                .body("nodes.parentId", contains(null, bloc.toString(), grassroots.toString(), partial.toString(),
                        cell.toString(), bloc.toString()))
                .body("nodes[4].typeName", equalTo("Tổ đảng"))
                .body("nodes.memberCount", contains(0, 0, 0, 2, 1, 1))
                .body("nodes.subtreeMemberCount", contains(4, 3, 3, 3, 1, 1));
    }

    @Test
    void secretarySeesTheSubtreeOfTheirOrganizationOnly() {
        String secretary = TestTokens.secretary(grassroots);
        given().auth().oauth2(secretary).when().get(BASE + "/" + partial + "/subtree")
                .then().statusCode(200)
                .body("nodes.id", contains(partial.toString(), cell.toString(), group.toString()));
        given().auth().oauth2(secretary).when().get(BASE + "/" + bloc + "/subtree")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(BASE + "/" + cell + "/subtree")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + UUID.randomUUID() + "/subtree")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void breadcrumbGoesFromRootToTheOrganizationAndAncestryStaysIdsNearestFirst() {
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(BASE + "/" + group + "/ancestors")
                .then().statusCode(200)
                .body("id", contains(bloc.toString(), grassroots.toString(), partial.toString(), cell.toString(),
                        group.toString()))
                .body("code", contains(fixtures.code("DBK"), fixtures.code("GTVT"), fixtures.code("GTVT-DB"),
                        fixtures.code("GTVT-DB-VP"), fixtures.code("GTVT-DB-VP-1")))
                .body("[1].name", containsString("Sở Giao thông vận tải"))
                .body("type", contains("BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "PARTIAL_COMMITTEE",
                        "SUBORDINATE_CELL", "PARTY_GROUP"));
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get(BASE + "/" + group + "/ancestry")
                .then().statusCode(200)
                .body("", contains(group.toString(), cell.toString(), partial.toString(), grassroots.toString(),
                        bloc.toString()));
    }

    @Test
    void nameSearchIgnoresAccentsAndCaseAndStaysInScope() {
        String tag = fixtures.tag();
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "so giao thong " + tag)
                .when().get(BASE)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(grassroots.toString()))
                .body("items[0].name", equalTo("Đảng bộ Sở Giao thông vận tải " + tag));
        // capitals, Vietnamese letters in the query and words out of order
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "ĐẢNG BỘ " + tag.toUpperCase() + " giao")
                .when().get(BASE)
                .then().statusCode(200)
                .body("items.id", contains(grassroots.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "dang bo " + tag).queryParam("size", 2)
                .when().get(BASE)
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("items.size()", equalTo(2));
        // a secretary of the justice cell does not find the transport organizations
        given().auth().oauth2(TestTokens.secretary(otherCell)).queryParam("q", "so " + tag)
                .when().get(BASE)
                .then().statusCode(200)
                .body("items.id", contains(otherCell.toString()));
        // LIKE wildcards are searched for literally
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "%" + tag)
                .when().get(BASE)
                .then().statusCode(200)
                .body("items", empty());
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("q", "x".repeat(101))
                .when().get(BASE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("q"));
    }
}
