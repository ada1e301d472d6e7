package vn.party.membership.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.party.membership.organization.OrganizationFixtures.BASE;
import static vn.party.membership.organization.OrganizationFixtures.version;

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

import vn.party.membership.organization.MemberRegisterFixture.Affiliation;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.PostgresTestResource;

/** Effective-dated restructurings: what moves, what history says, who may, and what is refused. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RestructuringApiTest {

    private static final LocalDate SINCE = LocalDate.of(2020, 6, 1);

    @Inject
    MemberRegisterFixture register;

    private OrganizationFixtures fixtures;
    private UUID bloc;
    private UUID transport;
    private UUID cellA;
    private UUID groupA;
    private UUID cellB;
    private UUID justice;
    private UUID justiceCell;

    /**
     * Bloc → Đảng bộ Sở GTVT → {Chi bộ A → Tổ đảng A1, Chi bộ B}; Bloc → Đảng bộ Sở Tư pháp → Chi bộ TP.
     * All founded 2020-01-01.
     */
    @BeforeEach
    void tree() {
        fixtures = new OrganizationFixtures();
        bloc = fixtures.create("DBK", "Đảng bộ Khối các cơ quan tỉnh", "BLOC_COMMITTEE", null, "2020-01-01");
        transport = fixtures.create("GTVT", "Đảng bộ Sở Giao thông vận tải", "GRASSROOTS_COMMITTEE", bloc, "2020-01-01");
        cellA = fixtures.create("GTVT-A", "Chi bộ Văn phòng Sở", "SUBORDINATE_CELL", transport, "2020-01-01");
        groupA = fixtures.create("GTVT-A-1", "Tổ đảng Văn thư", "PARTY_GROUP", cellA, "2020-01-01");
        cellB = fixtures.create("GTVT-B", "Chi bộ Thanh tra Sở", "SUBORDINATE_CELL", transport, "2020-01-01");
        justice = fixtures.create("TP", "Đảng bộ Sở Tư pháp", "GRASSROOTS_COMMITTEE", bloc, "2020-01-01");
        justiceCell = fixtures.create("TP-VP", "Chi bộ Văn phòng Sở Tư pháp", "SUBORDINATE_CELL", justice,
                "2020-01-01");
    }

    @Test
    void mergeMovesActiveMembersAndSubUnitsAndKeepsHistory() {
        UUID official = register.member(cellA, "OFFICIAL", SINCE);
        UUID probationary = register.member(cellA, "PROBATIONARY", SINCE);
        UUID expelled = register.member(cellA, "EXPELLED", SINCE);
        UUID inGroup = register.member(groupA, "OFFICIAL", SINCE);
        register.member(cellB, "OFFICIAL", SINCE);
        long memberVersion = register.versionOf(official);

        post(TestTokens.blocAdmin(), cellA, "merge", Map.of("targetId", cellB, "effectiveOn", "2022-01-01",
                "decisionRef", "125-QĐ/ĐUK", "version", version(cellA)))
                .statusCode(200)
                .body("change", equalTo("MERGE"))
                .body("organization.status", equalTo("MERGED"))
                .body("organization.successorId", equalTo(cellB.toString()))
                .body("organization.dissolvedOn", equalTo("2022-01-01"))
                .body("membersMoved", equalTo(2))
                .body("subUnitsMoved", contains(groupA.toString()));

        // members: the active ones now belong to B, with their affiliation closed and reopened on the day
        assertEquals(cellB, register.organizationOf(official));
        assertEquals(cellB, register.organizationOf(probationary));
        assertEquals(cellA, register.organizationOf(expelled), "a former member stays where they were");
        assertEquals(groupA, register.organizationOf(inGroup), "members of a moved sub-unit stay in it");
        assertEquals(memberVersion + 1, register.versionOf(official));
        assertEquals(List.of(new Affiliation(cellA, SINCE, LocalDate.of(2022, 1, 1), "ADMISSION"),
                new Affiliation(cellB, LocalDate.of(2022, 1, 1), null, "MERGE")), register.affiliations(official));
        assertEquals(List.of(new Affiliation(cellA, SINCE, null, "ADMISSION")), register.affiliations(expelled));

        // the tree now, and as it was the day before the merge
        subtree(transport, null)
                .body("nodes.id", contains(transport.toString(), cellB.toString(), groupA.toString()))
                .body("nodes.parentId", contains(bloc.toString(), transport.toString(), cellB.toString()))
                .body("nodes.memberCount", contains(0, 3, 1));
        subtree(transport, "2021-12-31")
                .body("asOf", equalTo("2021-12-31"))
                .body("nodes.id", contains(transport.toString(), cellA.toString(), groupA.toString(), cellB.toString()))
                .body("nodes.depth", contains(0, 1, 2, 1))
                .body("nodes.memberCount", contains(0, 2, 1, 1))
                .body("nodes.subtreeMemberCount", contains(4, 3, 1, 1));
        subtree(transport, "2022-06-30")
                .body("nodes.id", contains(transport.toString(), cellB.toString(), groupA.toString()))
                .body("nodes.memberCount", contains(0, 3, 1));

        // the merged organization itself, then and now
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2021-12-31")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("memberCount", equalTo(2))
                .body("validFrom", equalTo("2020-01-01"))
                .body("validTo", equalTo("2022-01-01"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2022-01-01")
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("memberCount", equalTo(0));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2019-12-31")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA)
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("successorId", equalTo(cellB.toString()));

        // history and audit
        given().auth().oauth2(TestTokens.secretary(transport)).when().get(BASE + "/" + cellA + "/history")
                .then().statusCode(200)
                .body("change", contains("CREATE", "MERGE"))
                .body("validFrom", contains("2020-01-01", "2022-01-01"))
                .body("validTo", contains("2022-01-01", null))
                .body("[1].status", equalTo("MERGED"))
                .body("[1].decisionRef", equalTo("125-QĐ/ĐUK"))
                .body("[1].successorIds", contains(cellB.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + groupA + "/history")
                .then().body("change", contains("CREATE", "MOVE"))
                .body("parentId", contains(cellA.toString(), cellB.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "/audit")
                .then().statusCode(200)
                .body("action", contains("CREATE", "MERGE"))
                .body("[1].changes.status.before", equalTo("ACTIVE"))
                .body("[1].changes.status.after", equalTo("MERGED"))
                .body("[1].changes.successorId.after", equalTo(cellB.toString()))
                .body("[1].changes.effectiveOn.after", equalTo("2022-01-01"))
                .body("[1].changes.membersMoved.after", equalTo(2));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellB + "/audit")
                .then().body("action", contains("CREATE", "MERGE"))
                .body("[1].changes.receivedFrom.after", equalTo(cellA.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + groupA + "/audit")
                .then().body("action", contains("CREATE", "MOVE"))
                .body("[1].changes.parentId.after", equalTo(cellB.toString()));

        // a merged organization cannot be restructured again
        post(TestTokens.blocAdmin(), cellA, "merge", Map.of("targetId", cellB, "effectiveOn", "2022-02-01",
                "version", version(cellA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.not-active"));
    }

    @Test
    void moveDatedInThePastChangesWhatAsOfAnswersAndCyclesAreRefused() {
        register.member(cellA, "OFFICIAL", SINCE);
        post(TestTokens.blocAdmin(), cellA, "move", Map.of("parentId", justice, "effectiveOn", "2023-03-01",
                "version", version(cellA)))
                .statusCode(200)
                .body("organization.parentId", equalTo(justice.toString()));

        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + groupA + "/ancestors?asOf=2023-02-28")
                .then().statusCode(200)
                .body("id", contains(bloc.toString(), transport.toString(), cellA.toString(), groupA.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + groupA + "/ancestors")
                .then().statusCode(200)
                .body("id", contains(bloc.toString(), justice.toString(), cellA.toString(), groupA.toString()));
        subtree(bloc, "2023-02-28")
                .body("nodes.id", contains(bloc.toString(), transport.toString(), cellA.toString(), groupA.toString(),
                        cellB.toString(), justice.toString(), justiceCell.toString()))
                .body("nodes.subtreeMemberCount", contains(1, 1, 1, 0, 0, 0, 0));
        subtree(bloc, null)
                .body("nodes.id", contains(bloc.toString(), transport.toString(), cellB.toString(), justice.toString(),
                        cellA.toString(), groupA.toString(), justiceCell.toString()))
                .body("nodes.subtreeMemberCount", contains(1, 0, 0, 1, 1, 0, 0));
        // the secretary of the old parent no longer reaches it
        given().auth().oauth2(TestTokens.secretary(transport)).when().get(BASE + "/" + cellA)
                .then().statusCode(403);

        // under its own descendant, or itself: a cycle
        post(TestTokens.blocAdmin(), justice, "move", Map.of("parentId", cellA, "effectiveOn", "2024-01-01",
                "version", version(justice)))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("organization.cycle"));
        post(TestTokens.blocAdmin(), cellA, "move", Map.of("parentId", cellA, "effectiveOn", "2024-01-01",
                "version", version(cellA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.cycle"));
        // placement rules still apply
        post(TestTokens.blocAdmin(), groupA, "move", Map.of("parentId", transport, "effectiveOn", "2024-01-01",
                "version", version(groupA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.placement"));
        // history is appended to, never rewritten; the future is not recorded yet
        post(TestTokens.blocAdmin(), cellA, "move", Map.of("parentId", transport, "effectiveOn", "2023-01-01",
                "version", version(cellA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.effective-date-order"));
        post(TestTokens.blocAdmin(), cellA, "move", Map.of("parentId", transport,
                "effectiveOn", LocalDate.now().plusDays(2).toString(), "version", version(cellA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.effective-date-future"));
    }

    @Test
    void dissolveIsRefusedWhileMembersOrSubUnitsRemainAndAllowedWhenTheyMoveInTheSameOperation() {
        UUID member = register.member(cellB, "OFFICIAL", SINCE);
        post(TestTokens.blocAdmin(), cellB, "dissolve", Map.of("effectiveOn", "2024-01-01", "version", version(cellB)))
                .statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("organization.dissolve-not-empty"))
                .body("detail", containsString("transferToId"));
        post(TestTokens.blocAdmin(), cellA, "dissolve", Map.of("effectiveOn", "2024-01-01", "version", version(cellA)))
                .statusCode(409)
                .body("errors.field", hasItem("organization.dissolve-not-empty"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellB)
                .then().body("status", equalTo("ACTIVE"));
        assertEquals(cellB, register.organizationOf(member));

        post(TestTokens.blocAdmin(), cellB, "dissolve", Map.of("transferToId", cellA, "effectiveOn", "2024-01-01",
                "decisionRef", "7-QĐ/ĐU", "version", version(cellB)))
                .statusCode(200)
                .body("organization.status", equalTo("DISSOLVED"))
                .body("organization.dissolvedOn", equalTo("2024-01-01"))
                .body("membersMoved", equalTo(1));
        assertEquals(cellA, register.organizationOf(member));
        assertEquals(new Affiliation(cellA, LocalDate.of(2024, 1, 1), null, "DISSOLVE"),
                register.affiliations(member).get(1));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellB + "/history")
                .then().body("change", contains("CREATE", "DISSOLVE"))
                .body("[1].successorIds", contains(cellA.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellB + "/audit")
                .then().body("action", hasItem("DISSOLVE"));

        // an empty organization is dissolved without a receiver
        post(TestTokens.blocAdmin(), groupA, "dissolve", Map.of("effectiveOn", "2024-02-01", "version", version(groupA)))
                .statusCode(200)
                .body("organization.status", equalTo("DISSOLVED"));
        subtree(transport, null).body("nodes.id", contains(transport.toString(), cellA.toString()));
    }

    @Test
    void splitCreatesTheSuccessorsAndGivesEachItsMembersAndSubUnits() {
        UUID first = register.member(cellA, "OFFICIAL", SINCE);
        UUID second = register.member(cellA, "EXEMPTED", SINCE);
        Map<String, Object> one = new HashMap<>(Map.of("code", fixtures.code("A1"), "name", "Chi bộ Văn phòng 1",
                "type", "SUBORDINATE_CELL", "memberIds", List.of(first), "subUnitIds", List.of(groupA)));
        Map<String, Object> two = Map.of("code", fixtures.code("A2"), "name", "Chi bộ Văn phòng 2",
                "type", "SUBORDINATE_CELL", "memberIds", List.of());

        post(TestTokens.blocAdmin(), cellA, "split", Map.of("successors", List.of(one, two),
                "effectiveOn", "2024-05-01", "version", version(cellA)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.split-allocation"))
                .body("detail", containsString(second.toString()));

        Map<String, Object> twoWithMember = new HashMap<>(two);
        twoWithMember.put("memberIds", List.of(second));
        var done = post(TestTokens.secretary(transport), cellA, "split", Map.of(
                "successors", List.of(one, twoWithMember), "effectiveOn", "2024-05-01", "version", version(cellA)))
                .statusCode(200)
                .body("organization.status", equalTo("SPLIT"))
                .body("successors.parentId", contains(transport.toString(), transport.toString()))
                .body("successors.foundedOn", contains("2024-05-01", "2024-05-01"))
                .body("membersMoved", equalTo(2))
                .body("subUnitsMoved", contains(groupA.toString()))
                .extract();
        UUID successor1 = UUID.fromString(done.path("successors[0].id"));
        UUID successor2 = UUID.fromString(done.path("successors[1].id"));
        assertEquals(successor1, register.organizationOf(first));
        assertEquals(successor2, register.organizationOf(second));

        subtree(transport, "2024-04-30")
                .body("nodes.id", contains(transport.toString(), cellA.toString(), groupA.toString(), cellB.toString()))
                .body("nodes.memberCount", contains(0, 2, 0, 0));
        subtree(transport, "2024-05-01")
                .body("nodes.id", contains(transport.toString(), successor1.toString(), groupA.toString(),
                        successor2.toString(), cellB.toString()))
                .body("nodes.memberCount", contains(0, 1, 0, 1, 0));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "/history")
                .then().body("change", contains("CREATE", "SPLIT"))
                .body("[1].successorIds", containsInAnyOrder(successor1.toString(), successor2.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + successor1 + "/history")
                .then().body("change", contains("SPLIT"))
                .body("[0].predecessorIds", contains(cellA.toString()))
                .body("[0].successorIds", not(hasItem(cellA.toString())));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + successor1 + "?asOf=2024-04-30")
                .then().statusCode(404);
    }

    @Test
    void upgradeTurnsACellIntoACommitteeOnceItsSubUnitsFit() {
        UUID grassrootsCell = fixtures.create("XD", "Chi bộ Sở Xây dựng", "GRASSROOTS_CELL", bloc, "2020-01-01");
        UUID group = fixtures.create("XD-1", "Tổ đảng 1", "PARTY_GROUP", grassrootsCell, "2020-01-01");
        post(TestTokens.blocAdmin(), grassrootsCell, "upgrade", Map.of("effectiveOn", "2025-01-01",
                "version", version(grassrootsCell)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.upgrade-children"));
        post(TestTokens.blocAdmin(), group, "dissolve", Map.of("effectiveOn", "2024-12-31", "version", version(group)))
                .statusCode(200);
        post(TestTokens.blocAdmin(), grassrootsCell, "upgrade", Map.of("effectiveOn", "2025-01-01",
                "version", version(grassrootsCell)))
                .statusCode(200)
                .body("organization.type", equalTo("GRASSROOTS_COMMITTEE"))
                .body("organization.typeName", equalTo("Đảng bộ cơ sở"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + grassrootsCell + "?asOf=2024-12-31")
                .then().body("type", equalTo("GRASSROOTS_CELL"));
        post(TestTokens.blocAdmin(), grassrootsCell, "upgrade", Map.of("effectiveOn", "2025-02-01",
                "version", version(grassrootsCell)))
                .statusCode(422)
                .body("errors.field", hasItem("organization.upgrade"));
    }

    @Test
    void renameDatedInThePastIsWhatAsOfShowsFromThatDay() {
        post(TestTokens.blocAdmin(), cellA, "rename", Map.of("name", "Chi bộ Văn phòng và Pháp chế",
                "effectiveOn", "2021-07-01", "version", version(cellA)))
                .statusCode(200)
                .header("ETag", equalTo("\"" + version(cellA) + "\""))
                .body("organization.name", equalTo("Chi bộ Văn phòng và Pháp chế"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2021-06-30")
                .then().body("name", equalTo("Chi bộ Văn phòng Sở"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2021-07-01")
                .then().body("name", equalTo("Chi bộ Văn phòng và Pháp chế"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "/audit")
                .then().body("[1].action", equalTo("RENAME"))
                .body("[1].changes.name.before", equalTo("Chi bộ Văn phòng Sở"));
    }

    @Test
    void anEditCorrectsTheCurrentPeriodInsteadOfAddingOne() {
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Chi bộ Văn phòng Sở (sửa lỗi chính tả)", "foundedOn", "2019-03-01",
                        "version", version(cellA)))
                .when().put(BASE + "/" + cellA)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "/history")
                .then().body("change", contains("CREATE"))
                .body("[0].validFrom", equalTo("2019-03-01"))
                .body("[0].name", equalTo("Chi bộ Văn phòng Sở (sửa lỗi chính tả)"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "?asOf=2019-06-01")
                .then().statusCode(200).body("name", equalTo("Chi bộ Văn phòng Sở (sửa lỗi chính tả)"));

        post(TestTokens.blocAdmin(), cellA, "rename", Map.of("name", "Chi bộ Tổng hợp", "effectiveOn", "2021-01-01",
                "version", version(cellA)))
                .statusCode(200);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Chi bộ Tổng hợp", "foundedOn", "2021-06-01", "version", version(cellA)))
                .when().put(BASE + "/" + cellA)
                .then().statusCode(422)
                .body("errors.field", hasItem("organization.founded-after-history"));
    }

    @Test
    void secretaryRestructuresInsideTheirSubtreeButNotTheirOwnOrganization() {
        String secretary = TestTokens.secretary(transport);
        post(secretary, cellA, "rename", Map.of("name", "Chi bộ Tổng hợp", "effectiveOn", "2024-01-01",
                "version", version(cellA)))
                .statusCode(200);
        post(secretary, justiceCell, "rename", Map.of("name", "Chi bộ khác", "effectiveOn", "2024-01-01",
                "version", version(justiceCell)))
                .statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("phạm vi"));
        post(secretary, cellB, "merge", Map.of("targetId", justiceCell, "effectiveOn", "2024-01-01",
                "version", version(cellB)))
                .statusCode(403);
        post(secretary, transport, "rename", Map.of("name", "Đảng bộ Sở GTVT", "effectiveOn", "2024-01-01",
                "version", version(transport)))
                .statusCode(403);
        post(TestTokens.inspector(bloc), cellA, "rename", Map.of("name", "x", "effectiveOn", "2024-01-01",
                "version", version(cellA)))
                .statusCode(403);
        post(TestTokens.member(cellA, UUID.randomUUID()), cellA, "dissolve", Map.of("effectiveOn", "2024-01-01",
                "version", version(cellA)))
                .statusCode(403);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellB)
                .then().body("status", equalTo("ACTIVE"));
        post(TestTokens.blocAdmin(), transport, "rename", Map.of("name", "Đảng bộ Sở GTVT", "effectiveOn",
                "2024-01-01", "version", version(transport)))
                .statusCode(200);
    }

    @Test
    void staleVersionIs409AndNothingMoves() {
        UUID member = register.member(cellA, "OFFICIAL", SINCE);
        int read = version(cellA);
        post(TestTokens.blocAdmin(), cellA, "rename", Map.of("name", "Chi bộ Văn phòng mới", "effectiveOn",
                "2024-01-01", "version", read))
                .statusCode(200)
                .body("organization.version", equalTo(read + 1));
        post(TestTokens.blocAdmin(), cellA, "merge", Map.of("targetId", cellB, "effectiveOn", "2024-02-01",
                "version", read))
                .statusCode(409).contentType("application/problem+json")
                .body("type", containsString("stale-version"));
        assertEquals(cellA, register.organizationOf(member));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA)
                .then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void badInputIs400NamingTheField() {
        post(TestTokens.blocAdmin(), cellA, "move", Map.of("parentId", justice, "version", version(cellA)))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("effectiveOn"));
        post(TestTokens.blocAdmin(), cellA, "merge", Map.of("targetId", UUID.randomUUID(), "effectiveOn",
                "2024-01-01", "version", version(cellA)))
                .statusCode(400)
                .body("errors.field", hasItem("targetId"));
        post(TestTokens.blocAdmin(), cellA, "rename", Map.of("name", "x", "effectiveOn", "2024-01-01",
                "version", version(cellA), "kind", "RENAME"))
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(BASE + "/" + cellA + "/subtree?asOf=31/12/2021")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("asOf"));
        post(TestTokens.blocAdmin(), UUID.randomUUID(), "upgrade", Map.of("effectiveOn", "2024-01-01", "version", 0))
                .statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("errors", nullValue());
    }

    private static ValidatableResponse post(String token, UUID id, String operation, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/" + id + "/" + operation)
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse subtree(UUID root, String asOf) {
        var request = given().auth().oauth2(TestTokens.blocAdmin());
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.when().get(BASE + "/" + root + "/subtree").then().log().ifValidationFails().statusCode(200);
    }
}
