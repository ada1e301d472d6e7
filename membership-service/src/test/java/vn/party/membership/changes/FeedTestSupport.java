package vn.party.membership.changes;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

import vn.party.testsupport.TestTokens;

/** Tokens and feed readers for the change-feed tests. */
public final class FeedTestSupport {

    private FeedTestSupport() {
    }

    /** events-service's own client: the only service that reads the member-event feed (role event-feed-reader). */
    public static String feedReader() {
        return TestTokens.eventsService();
    }

    /** inspection-service's own client: the only producer of effects (role effects-producer). */
    public static String effectsProducer() {
        return TestTokens.inspectionService();
    }

    /** A provincial system's client for the subtree of {@code organization}, with the given OAuth scopes. */
    public static String integration(UUID organization, String scope) {
        var builder = Jwt.preferredUserName("service-account-integration").subject("service-account-integration")
                .claim("realm_access", Map.of("roles", List.of("integration")))
                .claim("azp", TestTokens.INTEGRATION_CLIENT).issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE)
                .claim("org_id", organization.toString());
        if (scope != null) {
            builder.claim("scope", scope);
        }
        return builder.sign();
    }

    /** A client's copy: follows a feed from {@code cursor} until caught up, applying items in order. */
    public static final class Copy {
        public final Map<UUID, Map<String, Object>> records = new HashMap<>();
        public final List<Map<String, Object>> items = new ArrayList<>();
        public String cursor;
        private final String path;
        private final String token;

        public Copy(String path, String token) {
            this.path = path;
            this.token = token;
        }

        /** Reads pages until hasMore is false; returns the items of this catch-up. */
        public List<Map<String, Object>> catchUp(int limit) {
            List<Map<String, Object>> read = new ArrayList<>();
            boolean more = true;
            while (more) {
                var request = given().auth().oauth2(token).queryParam("limit", limit);
                if (cursor != null) {
                    request.queryParam("since", cursor);
                }
                JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
                List<Map<String, Object>> pageItems = page.getList("items");
                for (Map<String, Object> item : pageItems) {
                    UUID id = UUID.fromString((String) item.get("id"));
                    if ("UPSERT".equals(item.get("change"))) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> data = (Map<String, Object>) item.get("data");
                        records.put(id, data);
                    } else {
                        records.remove(id);
                    }
                }
                read.addAll(pageItems);
                cursor = page.getString("cursor");
                more = page.getBoolean("hasMore");
            }
            items.addAll(read);
            return read;
        }
    }
}
