package vn.party.events.rating;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stands in (WireMock) for membership's committee endpoint and for inspection-service's {@code GET /api/inspection/discipline/decisions} (WireMock). By default nobody
 * was disciplined (an empty page); tests stub decisions or failures for their own member and organization ids.
 */
public class InspectionStub implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/api/inspection/discipline/decisions";
    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"items\":[],\"page\":0,\"size\":200,\"totalItems\":0,\"totalPages\":0}")));
        // membership's committee endpoint (the fake tree answers only ancestry): nobody sits on a committee by default
        server.stubFor(get(urlPathMatching("/api/membership/organizations/[^/]+/committee")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"partyCommittee\":[],\"inspectionCommittee\":[]}")));
        String url = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.rest-client.inspection.url", url, "quarkus.rest-client.membership-committee.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A page answering with the given decisions (JSON objects). */
    public static String page(String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":0,\"size\":200,\"totalItems\":" + items.length
                + ",\"totalPages\":1}";
    }

    public static String memberDecision(java.util.UUID member, java.util.UUID organization, String status) {
        return "{\"caseId\":\"" + java.util.UUID.randomUUID() + "\",\"targetKind\":\"MEMBER\",\"memberId\":\"" + member
                + "\",\"organizationId\":\"" + organization + "\",\"form\":\"REPRIMAND\",\"decisionNumber\":\"12-QĐ/UBKT\","
                + "\"decisionDate\":\"2021-05-10\",\"effectiveDate\":\"2021-05-10\",\"status\":\"" + status + "\"}";
    }

    public static String organizationDecision(java.util.UUID organization, String status) {
        return "{\"caseId\":\"" + java.util.UUID.randomUUID() + "\",\"targetKind\":\"ORGANIZATION\",\"memberId\":null,"
                + "\"organizationId\":\"" + organization + "\",\"form\":\"WARNING\",\"decisionNumber\":\"3-QĐ/ĐUK\","
                + "\"decisionDate\":\"2021-08-01\",\"effectiveDate\":\"2021-08-01\",\"status\":\"" + status + "\"}";
    }
}
