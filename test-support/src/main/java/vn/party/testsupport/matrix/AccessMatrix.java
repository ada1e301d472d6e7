package vn.party.testsupport.matrix;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.party.testsupport.TestTokens;

/**
 * The operation × caller matrix of a running application (issue 11, point 4): every operation of its OpenAPI
 * document is called once by each caller — no token, then one token per role — and the answer is compared with the
 * row declared for it in the expectations file ({@link AccessMatrixFile}). All disagreements are reported at once:
 * a cell whose outcome differs, any 5xx, an operation without a row (a new endpoint must declare who may call it)
 * and a row that matches no operation (a renamed or removed endpoint).
 *
 * <p>People's tokens (secretary, inspector, member, integration client) are in one organization, given with
 * {@link #callersIn}; parameters named like that organization get its id, so a caller in scope shows what its role
 * allows. Any other id is one that exists nowhere, so an allowed caller typically gets a 404 or a 400.
 */
public final class AccessMatrix {

    /** The columns of the expectations file, in order. */
    public static final List<String> CALLERS = List.of("anonymous", "bloc-admin", "org-secretary", "inspector", "inspection-head", "member",
            "integration", "effects-producer", "event-feed-reader");
    /** Least privileged first: if a privileged write succeeds, the others have already been asked. */
    private static final List<String> CALL_ORDER = List.of("anonymous", "event-feed-reader", "effects-producer",
            "member", "integration", "inspector", "inspection-head", "org-secretary", "bloc-admin");

    private final String application;
    private String expectations = "/access-matrix.csv";
    private String document = "/q/openapi?format=json";
    private UUID organization = UUID.randomUUID();
    private UUID member = UUID.randomUUID();
    private final List<SampleRequests.Given> parameters = new ArrayList<>();

    private AccessMatrix(String application) {
        this.application = application;
    }

    public static AccessMatrix of(String application) {
        return new AccessMatrix(application);
    }

    /** Classpath resource of the declared expectations; default {@code /access-matrix.csv}. */
    public AccessMatrix expectations(String resource) {
        this.expectations = resource;
        return this;
    }

    /** The people's organization and the member's own id (token claims {@code org_id}, {@code member_id}). */
    public AccessMatrix callersIn(UUID organization, UUID member) {
        this.organization = organization;
        this.member = member;
        return this;
    }

    /** A value for every path, query or header parameter of this name (required or not). */
    public AccessMatrix parameter(String name, Object value) {
        return parameter("/", name, value);
    }

    /**
     * A value for parameter {@code name} of the operations whose path template starts with {@code pathPrefix}
     * (e.g. {@code "/api/membership/organizations/{id}"}, {@code "id"}); the longest matching prefix wins.
     */
    public AccessMatrix parameter(String pathPrefix, String name, Object value) {
        parameters.add(new SampleRequests.Given(pathPrefix, name, String.valueOf(value)));
        return this;
    }

    /** Runs the matrix, prints its size and throws one {@link AssertionError} listing every disagreement. */
    public Result verify() {
        Result result = run();
        System.out.printf("Access matrix of %s: %d operations x %d callers = %d requests, %d disagreements%n",
                application, result.operations(), CALLERS.size(), result.requests(), result.failures().size());
        if (!result.failures().isEmpty()) {
            throw new AssertionError("Access matrix of " + application + " (" + expectations + "): "
                    + result.failures().size() + " disagreements\n  " + String.join("\n  ", result.failures()));
        }
        return result;
    }

    /** What the run found: operation count, requests sent and the disagreements, one line each. */
    public record Result(int operations, int requests, List<String> failures) {
    }

    public Result run() {
        AccessMatrixFile file = AccessMatrixFile.read(expectations);
        List<String> failures = new ArrayList<>(file.problems());
        Map<String, Object> openApi = given().accept("application/json").get(document)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        List<Operation> operations = Operation.all(openApi);
        Map<String, String> tokens = tokens();
        SampleRequests samples = new SampleRequests(parameters);
        RestAssuredConfig config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.connection.timeout", 10_000).setParam("http.socket.timeout", 60_000));
        int requests = 0;
        List<String> seen = new ArrayList<>();
        for (Operation operation : operations) {
            seen.add(operation.key());
            Map<String, Outcome> declared = file.rows().get(operation.key());
            Map<String, String> observed = new LinkedHashMap<>();
            for (String caller : CALL_ORDER) {
                RequestSpecification request = given().config(config).redirects().follow(false);
                if (tokens.containsKey(caller)) {
                    request.auth().oauth2(tokens.get(caller));
                }
                Response response = samples.fill(operation, request).request(operation.method(), samples.path(operation));
                requests++;
                Outcome outcome = Outcome.of(response.statusCode());
                observed.put(caller, outcome == Outcome.ALLOWED ? "allowed" : String.valueOf(response.statusCode()));
                if (outcome == Outcome.SERVER_ERROR) {
                    failures.add(operation.key() + "  " + caller + ": " + response.statusCode() + " " + excerpt(response));
                } else if (declared != null && declared.get(caller) != null && declared.get(caller) != outcome) {
                    failures.add(operation.key() + "  " + caller + ": declared " + declared.get(caller).label()
                            + ", got " + response.statusCode() + " " + excerpt(response));
                }
            }
            if (declared == null) {
                List<String> row = CALLERS.stream().map(observed::get).toList();
                failures.add(operation.key() + ": no row in " + expectations + " (today it answers: "
                        + operation.key() + ", " + String.join(", ", row) + ")");
            }
        }
        for (String row : file.rows().keySet()) {
            if (!seen.contains(row)) {
                failures.add(row + ": declared in " + expectations + " but not an operation of the OpenAPI document");
            }
        }
        return new Result(operations.size(), requests, failures);
    }

    private Map<String, String> tokens() {
        Map<String, String> tokens = new HashMap<>();
        tokens.put("bloc-admin", TestTokens.blocAdmin());
        tokens.put("org-secretary", TestTokens.secretary(organization));
        tokens.put("inspector", TestTokens.inspector(organization));
        // the committee's head is one of its inspectors, with the head's role on top (as in the realm)
        tokens.put("inspection-head", TestTokens.token("inspection-head-" + organization,
                java.util.Set.of("inspector", "inspection-head"), organization, null));
        tokens.put("member", TestTokens.member(organization, member));
        tokens.put("integration", TestTokens.integration(organization));
        tokens.put("effects-producer", TestTokens.inspectionService());
        tokens.put("event-feed-reader", TestTokens.eventsService());
        return tokens;
    }

    private static String excerpt(Response response) {
        String body = response.asString();
        body = body == null ? "" : body.replaceAll("\\s+", " ");
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
