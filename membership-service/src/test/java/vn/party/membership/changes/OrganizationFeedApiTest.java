package vn.party.membership.changes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.organization.OrganizationFeed;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The organization feed the replicas follow: what it emits has the contract example's shape; bad paging is a 400. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class OrganizationFeedApiTest {

    private static final String FEED = "/api/membership/organization-feed";

    private static JsonNode read(long after, int limit) throws Exception {
        String body = given().auth().oauth2(TestTokens.organizationFeedReader(TestTokens.INSPECTION_CLIENT))
                .queryParam("after", after).queryParam("limit", limit)
                .when().get(FEED).then().statusCode(200).contentType(ContentType.JSON).extract().asString();
        return ContractExamples.strictMapper().readTree(body);
    }

    private static long head() throws Exception {
        return read(0, 1).path("head").asLong();
    }

    @Test
    void emitsTheContractExampleForAMergeWithTheWholeTimelineAndSuccessions() throws Exception {
        long start = head();
        UUID bloc = organization("VD-FEED-K", "Đảng bộ Khối ví dụ", "BLOC_COMMITTEE", null);
        UUID a = organization("VD-FEED-A", "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        UUID b = organization("VD-FEED-B", "Đảng bộ Sở Kế hoạch và Đầu tư", "GRASSROOTS_COMMITTEE", bloc);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("targetId", b, "effectiveOn", "2025-06-30", "decisionRef", "15-QĐ/ĐUK", "version", 0))
                .when().post("/api/membership/organizations/" + a + "/merge").then().statusCode(200);

        JsonNode page = read(start, 1000);
        assertEquals(OrganizationFeed.VERSION, page.path("version").asInt());
        ObjectNode lastOfA = null;
        ObjectNode lastOfB = null;
        long previous = start;
        for (JsonNode entry : page.path("entries")) {
            long position = entry.path("position").asLong();
            assertTrue(position > previous, "positions ascend: " + page);
            previous = position;
            if (entry.path("organizationId").asText().equals(a.toString())) {
                lastOfA = (ObjectNode) entry.deepCopy();
            } else if (entry.path("organizationId").asText().equals(b.toString())) {
                lastOfB = (ObjectNode) entry.deepCopy();
            }
        }
        assertTrue(page.path("head").asLong() >= previous, "head is the newest position: " + page);

        // the example's ids and positions stand for ours
        Map<String, String> ids = Map.of(bloc.toString(), "00000000-0000-4000-8000-000000000011",
                a.toString(), "00000000-0000-4000-8000-000000000021",
                b.toString(), "00000000-0000-4000-8000-000000000022");
        lastOfA.put("position", 4711);
        lastOfB.put("position", 4712);
        ObjectNode emitted = ContractExamples.strictMapper().createObjectNode();
        emitted.put("version", page.path("version").asInt());
        emitted.put("head", 4712);
        ArrayNode entries = emitted.putArray("entries");
        entries.add(lastOfA);
        entries.add(lastOfB);
        JsonNode expected = ContractExamples.strictMapper().readTree(ContractExamples.json("organization/feed.json"));
        assertEquals(expected, normalise(emitted, ids));
        // and it parses as the contract (strictly: no unknown field)
        ContractExamples.strictMapper().treeToValue(emitted, OrganizationFeed.class);
    }

    @Test
    void everyOrganizationChangeIsAnEntryAndPagingFollowsPositions() throws Exception {
        long start = head();
        UUID bloc = organization("VD-FEED-K2-" + suffix(), "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = organization("VD-FEED-C-" + suffix(), "Chi bộ Văn phòng", "GRASSROOTS_CELL", bloc);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "Chi bộ Văn phòng Sở", "effectiveOn", "2025-01-01", "version", 0))
                .when().post("/api/membership/organizations/" + cell + "/rename").then().statusCode(200);

        JsonNode first = read(start, 1);
        assertEquals(1, first.path("entries").size());
        long position = first.path("entries").get(0).path("position").asLong();
        JsonNode rest = read(position, 1000);
        int renames = 0;
        for (JsonNode entry : rest.path("entries")) {
            assertTrue(entry.path("position").asLong() > position);
            if (entry.path("organizationId").asText().equals(cell.toString())) {
                renames++;
                // the whole timeline: before and after the rename
                assertEquals(2, entry.path("periods").size(), entry.toString());
                assertEquals("Chi bộ Văn phòng Sở", entry.path("periods").get(1).path("name").asText());
                assertEquals("2025-01-01", entry.path("periods").get(0).path("validTo").asText());
            }
        }
        assertTrue(renames >= 1, "the rename is an entry: " + rest);
        // caught up: nothing after the head
        JsonNode after = read(rest.path("head").asLong(), 10);
        assertEquals(0, after.path("entries").size());
        assertEquals(rest.path("head").asLong(), after.path("head").asLong());
    }

    @Test
    void moveUpgradeSplitAndDissolveEachWriteAnEntryWithTheNewPeriod() throws Exception {
        long start = head();
        UUID bloc = organization("VD-FEED-RK-" + suffix(), "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID g1 = organization("VD-FEED-G1-" + suffix(), "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        UUID g2 = organization("VD-FEED-G2-" + suffix(), "Đảng bộ Sở Nội vụ", "GRASSROOTS_COMMITTEE", bloc);
        UUID g3 = organization("VD-FEED-G3-" + suffix(), "Đảng bộ Sở Du lịch", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = organization("VD-FEED-S-" + suffix(), "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", g1);

        restructure(cell, "move", Map.of("parentId", g2, "effectiveOn", "2021-01-01"));
        JsonNode moved = lastEntry(start, cell);
        assertEquals(g2.toString(), lastPeriod(moved).path("parentId").asText());
        assertEquals("MOVE", lastPeriod(moved).path("changeKind").asText());

        restructure(cell, "upgrade", Map.of("effectiveOn", "2022-01-01"));
        JsonNode upgraded = lastEntry(start, cell);
        assertEquals("PARTIAL_COMMITTEE", lastPeriod(upgraded).path("type").asText());
        assertEquals(3, upgraded.path("periods").size(), upgraded.toString());

        restructure(g1, "split", Map.of("effectiveOn", "2023-01-01", "successors", List.of(
                Map.of("code", "VD-FEED-N1-" + suffix(), "name", "Đảng bộ Sở Xây dựng 1", "type", "GRASSROOTS_COMMITTEE"),
                Map.of("code", "VD-FEED-N2-" + suffix(), "name", "Đảng bộ Sở Xây dựng 2", "type", "GRASSROOTS_COMMITTEE"))));
        JsonNode split = lastEntry(start, g1);
        assertEquals("SPLIT", lastPeriod(split).path("status").asText());
        assertEquals(2, split.path("successions").size(), split.toString());
        for (JsonNode succession : split.path("successions")) {
            assertEquals("SPLIT", succession.path("kind").asText());
            assertEquals("2023-01-01", succession.path("effectiveOn").asText());
            // each successor has an entry of its own (its creation)
            lastEntry(start, UUID.fromString(succession.path("successorId").asText()));
        }

        restructure(g3, "dissolve", Map.of("effectiveOn", "2023-06-01"));
        JsonNode dissolved = lastEntry(start, g3);
        assertEquals("DISSOLVED", lastPeriod(dissolved).path("status").asText());
        assertEquals("2023-06-01", lastPeriod(dissolved).path("validFrom").asText());
    }

    private static JsonNode lastPeriod(JsonNode entry) {
        return entry.path("periods").get(entry.path("periods").size() - 1);
    }

    /** The newest entry about {@code organization} after {@code start}; fails when there is none. */
    private static JsonNode lastEntry(long start, UUID organization) throws Exception {
        JsonNode last = null;
        for (JsonNode entry : read(start, 1000).path("entries")) {
            if (entry.path("organizationId").asText().equals(organization.toString())) {
                last = entry;
            }
        }
        assertTrue(last != null, "no feed entry about " + organization);
        return last;
    }

    private static void restructure(UUID id, String operation, Map<String, Object> fields) {
        int version = given().auth().oauth2(TestTokens.blocAdmin()).when().get("/api/membership/organizations/" + id)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations/" + id + "/" + operation).then().statusCode(200);
    }

    @Test
    void badPositionsAndLimitsAreProblemsNamingTheField() {
        String token = TestTokens.organizationFeedReader(TestTokens.EVENTS_CLIENT);
        for (String after : new String[] {"-1", "abc", "1.5"}) {
            given().auth().oauth2(token).queryParam("after", after).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("after"));
        }
        for (String limit : new String[] {"0", "1001", "-3", "x"}) {
            given().auth().oauth2(token).queryParam("limit", limit).when().get(FEED).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("limit"));
        }
        given().auth().oauth2(token).queryParam("limit", 1000).when().get(FEED).then().statusCode(200)
                .body("version", equalTo(OrganizationFeed.VERSION));
    }

    @Test
    void onlyTheOrganizationFeedReaderRoleReadsIt() {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(FEED).then().statusCode(403);
        given().when().get(FEED).then().statusCode(401);
    }

    private static JsonNode normalise(JsonNode node, Map<String, String> ids) {
        if (node.isTextual()) {
            String mapped = ids.get(node.asText());
            return mapped == null ? node : TextNode.valueOf(mapped);
        }
        if (node.isObject()) {
            ObjectNode copy = ((ObjectNode) node).objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), normalise(field.getValue(), ids));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = ((ArrayNode) node).arrayNode();
            node.forEach(element -> copy.add(normalise(element, ids)));
            return copy;
        }
        return node;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type,
                "foundedOn", "2020-01-01"));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations")
                .then().statusCode(201).extract().path("id"));
    }
}
