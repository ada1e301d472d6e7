package vn.party.events.commendation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock stand-in for membership's member register and event feed (organizations, their names and types, are the
 * replica's: {@code FakeMembershipTree}). A member is read through its seniority facts (contract
 * {@code SeniorityFacts}, exactly its fields); the dossier ({@code /members/{id}}) is not stubbed, so a read of it
 * would fail the test, and {@link #dossierReads()} counts any. Member reads require a bearer token; the list answers
 * only when asked for the active statuses, like events-service must ask.
 */
public class FakeMembershipDirectory implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    public record Member(UUID id, UUID organizationId, String fullName, LocalDate admissionDecisionDate,
            LocalDate admissionDate, String status) {
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.membership-directory.url", url,
                "quarkus.rest-client.membership-events.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Membership lets the caller read {@code memberId}, an OFFICIAL member of {@code organizationId}. */
    public static void memberOf(UUID memberId, UUID organizationId) {
        member(new Member(memberId, organizationId, "Đảng viên " + memberId.toString().substring(0, 8),
                LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 1), "OFFICIAL"));
    }

    /** Membership answers {@code status} when {@code memberId} is read (403: outside the caller's scope; 5xx: down). */
    public static void memberAnswers(UUID memberId, int status) {
        server.stubFor(get(urlPathEqualTo(factsPath(memberId)))
                .willReturn(json(status, "{\"status\":" + status + "}")));
    }

    public static void member(Member m) {
        server.stubFor(get(urlPathEqualTo(factsPath(m.id())))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(json(200, seniorityFacts(m))));
    }

    static String factsPath(UUID memberId) {
        return "/api/membership/members/" + memberId + "/seniority-facts";
    }

    /** How many requests read a member's dossier ({@code GET /api/membership/members/{id}}) since the server started. */
    public static long dossierReads() {
        return server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().matches("/api/membership/members/[0-9a-fA-F-]{36}(\\?.*)?"))
                .count();
    }

    /** The register list of {@code root}'s subtree: only the given members (those with an active status). */
    static void register(UUID root, List<Member> members) {
        List<Member> active = members.stream()
                .filter(m -> List.of("PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED").contains(m.status())).toList();
        String items = active.stream().map(FakeMembershipDirectory::summary).collect(Collectors.joining(","));
        server.stubFor(get(urlPathEqualTo("/api/membership/members"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withQueryParam("organizationId", equalTo(root.toString()))
                .withQueryParam("status", havingExactly("PROBATIONARY", "OFFICIAL", "EXEMPTED", "SUSPENDED"))
                .withQueryParam("page", equalTo("0"))
                .willReturn(json(200, "{\"items\":[" + items + "],\"page\":0,\"size\":200,\"totalItems\":"
                        + active.size() + ",\"totalPages\":" + (active.isEmpty() ? 0 : 1) + "}")));
        members.forEach(FakeMembershipDirectory::member);
    }

    /** The event feed answers {@code body} to an authenticated poller, whatever the cursor. */
    static void feed(int status, String body) {
        server.stubFor(get(urlPathEqualTo("/api/membership/events"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withQueryParam("after", matching("[0-9]+"))
                .willReturn(json(status, body)));
    }

    static String event(long sequence, UUID member, UUID organization, String change, String event, LocalDate effective) {
        return "{\"sequence\":" + sequence + ",\"resourceType\":\"MEMBER\",\"resourceId\":\"" + member
                + "\",\"organizationId\":\"" + organization + "\",\"change\":\"" + change + "\",\"event\":\"" + event
                + "\",\"effectiveDate\":\"" + effective + "\",\"occurredAt\":\"" + effective + "T03:00:00Z\","
                + "\"payload\":{\"reason\":\"test\"}}";
    }

    static List<String> feedAuthorizations() {
        List<String> seen = new ArrayList<>();
        server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/api/membership/events"))
                .forEach(e -> seen.add(e.getRequest().getHeader("Authorization")));
        return seen;
    }

    private static String seniorityFacts(Member m) {
        return "{\"version\":1,\"memberId\":\"" + m.id() + "\",\"organizationId\":\"" + m.organizationId()
                + "\",\"fullName\":\"" + m.fullName() + "\",\"status\":\"" + m.status() + "\",\"admissionDecisionDate\":"
                + quoted(m.admissionDecisionDate()) + ",\"admissionDate\":" + quoted(m.admissionDate())
                + ",\"officialDate\":null}";
    }

    private static String summary(Member m) {
        return "{\"id\":\"" + m.id() + "\",\"organizationId\":\"" + m.organizationId() + "\",\"fullName\":\"" + m.fullName()
                + "\",\"gender\":\"MALE\",\"nationalId\":\"001******345\",\"admissionDate\":" + quoted(m.admissionDate())
                + ",\"officialDate\":null,\"status\":\"" + m.status() + "\"}";
    }

    private static String quoted(LocalDate d) {
        return d == null ? "null" : "\"" + d + "\"";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
