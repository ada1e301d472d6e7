package vn.party.membership.changes;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.memberevents.MemberEvent;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.contracts.memberevents.MemberEventType;
import vn.party.contracts.memberevents.ResourceType;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;

/**
 * Producer side of the member-events contract: the internal feed answers pages shaped as
 * {@code contracts/memberevents/page.json} (the same fields on the page and on each item, nothing more) that read
 * strictly into {@link MemberEventPage}, with member events named by {@link MemberEventType}.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberEventsContractTest {

    private final ObjectMapper strict = ContractExamples.strictMapper();

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void theFeedEmitsTheExampleShape() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("MC-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = LeavingTestSupport.organization("MCC-" + suffix, "Chi bộ Sở Xây dựng", "GRASSROOTS_CELL", bloc);
        UUID member = LeavingTestSupport.member(cell, "Hà Văn Hợp", "2012-05-19", "2013-05-19");

        JsonNode example = strict.readTree(ContractExamples.json("memberevents/page.json"));
        long after = 0;
        boolean more = true;
        boolean sawMember = false;
        boolean sawOrganization = false;
        while (more) {
            String body = given().auth().oauth2(FeedTestSupport.feedReader()).queryParam("after", after)
                    .queryParam("limit", 500).when().get("/api/membership/events").then().statusCode(200).extract()
                    .asString();
            JsonNode page = strict.readTree(body);
            assertEquals(fields(example), fields(page), "the page's fields");
            for (JsonNode item : page.get("items")) {
                assertEquals(fields(example.get("items").get(0)), fields(item), "an item's fields: " + item);
            }
            MemberEventPage typed = strict.readValue(body, MemberEventPage.class);
            for (MemberEvent event : typed.items()) {
                if (event.resourceType() == ResourceType.MEMBER && event.event() != null) {
                    assertTrue(event.memberEvent().isPresent(), "a member event outside the contract: " + event.event());
                }
                sawMember |= member.equals(event.resourceId());
                sawOrganization |= cell.equals(event.resourceId()) && event.resourceType() == ResourceType.ORGANIZATION;
            }
            after = typed.next();
            more = typed.hasMore();
        }
        assertTrue(sawMember && sawOrganization, "the new member and organization are in the feed");
    }
}
