package vn.party.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
class DocumentApiTest {

    private final UUID bloc = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID otherCommittee = UUID.randomUUID();

    @BeforeEach
    void tree() {
        FakeMembershipTree.place(bloc, null);
        FakeMembershipTree.place(committee, bloc);
        FakeMembershipTree.place(otherCommittee, bloc);
    }

    @Test
    void twentyConcurrentIssuesGetNumbersOneToTwentyWithoutDuplicates() throws Exception {
        String meeting = meeting(committee, "2026-03-10T08:00:00+07:00", null);
        String token = TestTokens.secretary(committee);
        int n = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Map<String, Object> body = document("RESOLUTION", "Nghị quyết số thứ " + i, "2026-03-10");
                Callable<Response> call = () -> {
                    start.await();
                    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                            .when().post("/api/events/meetings/" + meeting + "/documents");
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            HashSet<String> symbols = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                numbers.add(response.path("number"));
                symbols.add(response.path("symbol"));
            }
            numbers.sort(Integer::compareTo);
            assertEquals(IntStream.rangeClosed(1, n).boxed().toList(), numbers);
            assertEquals(n, symbols.size());
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(TestTokens.inspector(bloc)).when().get("/api/events/meetings/" + meeting + "/documents")
                .then().statusCode(200).body("$", hasSize(n)).body("[0].symbol", equalTo("01-NQ/ĐU"))
                .body("[19].symbol", equalTo("20-NQ/ĐU"));
    }

    @Test
    void numbersArePerTypeAndPeriodAndAFailedIssueGivesItsNumberBack() {
        String plenum = meeting(committee, "2026-04-02T08:00:00+07:00", "XIX");
        issue(plenum, document("NOTICE", "Thông báo kết luận hội nghị", "2026-04-02"), 201)
                .body("symbol", equalTo("01-TB/ĐU")).body("period", equalTo("khóa XIX"));
        issue(plenum, document("RESOLUTION", "Nghị quyết hội nghị", "2026-04-03"), 201)
                .body("symbol", equalTo("01-NQ/ĐU"));
        // the same notice twice: refused, and its number is not burnt
        issue(plenum, document("NOTICE", "Thông báo kết luận hội nghị", "2026-04-02"), 409)
                .contentType("application/problem+json");
        issue(plenum, document("NOTICE", "Thông báo kết quả bầu cử", "2026-04-02"), 201)
                .body("number", equalTo(2)).body("symbol", equalTo("02-TB/ĐU"));

        // an ordinary meeting numbers by year; another issuer has its own series
        String monthly = meeting(committee, "2027-01-05T08:00:00+07:00", null);
        issue(monthly, document("NOTICE", "Thông báo tháng 1", "2027-01-05"), 201)
                .body("period", equalTo("2027")).body("number", equalTo(1));
        String other = meeting(otherCommittee, "2026-04-02T08:00:00+07:00", "XIX");
        given().auth().oauth2(TestTokens.secretary(otherCommittee)).contentType(ContentType.JSON)
                .body(document("NOTICE", "Thông báo", "2026-04-02"))
                .when().post("/api/events/meetings/" + other + "/documents")
                .then().statusCode(201).body("number", equalTo(1));

        issue(plenum, document("NOTICE", "Ban hành trước", "2026-04-01"), 422)
                .body("errors[0].field", equalTo("document-issued-before-meeting"));
        issue(plenum, Map.of("type", "MEMO", "title", ""), 400).contentType("application/problem+json");
        issue(plenum, Map.of(), 400)
                .body("errors.field", contains("issuedOn", "issuerAbbreviation", "title", "type"));
        given().auth().oauth2(TestTokens.secretary(otherCommittee)).contentType(ContentType.JSON)
                .body(document("NOTICE", "Ngoài phạm vi", "2026-04-02"))
                .when().post("/api/events/meetings/" + plenum + "/documents").then().statusCode(403);
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(document("NOTICE", "Thanh tra", "2026-04-02"))
                .when().post("/api/events/meetings/" + plenum + "/documents").then().statusCode(403);
        given().contentType(ContentType.JSON).body(document("NOTICE", "x", "2026-04-02"))
                .when().post("/api/events/meetings/" + plenum + "/documents").then().statusCode(401);
        given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON)
                .body(document("NOTICE", "x", "2026-04-02"))
                .when().post("/api/events/meetings/" + UUID.randomUUID() + "/documents").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse issue(String meeting, Map<String, Object> body, int status) {
        return given().auth().oauth2(TestTokens.secretary(committee)).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/meetings/" + meeting + "/documents").then().statusCode(status);
    }

    private static Map<String, Object> document(String type, String title, String issuedOn) {
        return new HashMap<>(Map.of("type", type, "issuerAbbreviation", "ĐU", "title", title, "issuedOn", issuedOn));
    }

    private static String meeting(UUID organization, String startsAt, String term) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization.toString(),
                "kind", term == null ? "MONTHLY_CELL_MEETING" : "COMMITTEE_PLENUM",
                "title", "Hội nghị", "startsAt", startsAt, "online", true));
        if (term != null) {
            body.put("term", term);
        }
        return given().auth().oauth2(TestTokens.secretary(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/events/meetings").then().statusCode(201).extract().path("id");
    }
}
