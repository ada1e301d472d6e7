package vn.party.testsupport.matrix;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.party.testsupport.TestTokens;

/**
 * Out-of-scope probes (issue 11, point 4, last sentence): every operation of the OpenAPI document that takes an
 * organization or member id in its path or query is called by the secretary and by an inspector of organization A
 * with the id of a sibling organization B (or of a member of B) that exists. The answer must be a refusal — 403, or
 * 404 where the record's existence is itself scoped — never 2xx and never 5xx.
 *
 * <p>Ids are recognized by name, not listed by hand, so a new endpoint taking an id is probed without anyone asking:
 * {@code organizationId}, {@code memberId} (plus names added with {@link #organizationParameter} /
 * {@link #memberParameter}) and the {@code {id}} of {@code /organizations/{id}} or {@code /members/{id}}. An
 * operation whose probe cannot reach the scope check (e.g. the {@code {}} body is refused first) and one that carries
 * such an id only in its JSON body must be in the exclusion list with a reason ({@link #excluded}); a known leak is
 * declared with {@link #knownLeak} and a TODO so that the suite stays green until it is fixed. Entries that match
 * nothing any more fail the run, so the lists cannot rot.
 */
public final class OutOfScopeProbes {

    private enum Kind { ORGANIZATION, MEMBER }

    private final String application;
    private final Set<String> organizationNames = new LinkedHashSet<>(Set.of("organizationId"));
    private final Set<String> memberNames = new LinkedHashSet<>(Set.of("memberId"));
    private final Map<String, String> exclusions = new LinkedHashMap<>();
    private final Map<String, String> knownLeaks = new LinkedHashMap<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private UUID home;
    private UUID sibling;
    private UUID siblingMember;

    private OutOfScopeProbes(String application) {
        this.application = application;
    }

    public static OutOfScopeProbes of(String application) {
        return new OutOfScopeProbes(application);
    }

    /** The callers' organization A, a sibling B under the same bloc and a member of B (all existing). */
    public OutOfScopeProbes callersIn(UUID home, UUID sibling, UUID siblingMember) {
        this.home = home;
        this.sibling = sibling;
        this.siblingMember = siblingMember;
        return this;
    }

    /**
     * A value for every non-id parameter of this name, sent whenever the operation declares it (e.g. {@code year}
     * that a resource requires although the document calls it optional), so that the probe reaches the scope check.
     */
    public OutOfScopeProbes parameter(String name, Object value) {
        values.put(name, String.valueOf(value));
        return this;
    }

    /** One more path/query parameter name that carries an organization id (e.g. {@code inspectingBodyId}). */
    public OutOfScopeProbes organizationParameter(String name) {
        organizationNames.add(name);
        return this;
    }

    /** One more path/query parameter name that carries a member id (e.g. {@code targetMemberId}). */
    public OutOfScopeProbes memberParameter(String name) {
        memberNames.add(name);
        return this;
    }

    /**
     * {@code operations} ("METHOD /path", or "METHOD /path parameter" for one id parameter only) are not held to 403/404, for {@code reason} (their probe cannot reach the
     * scope check, the id is in the body, or the answer is open by design); they still may never answer 5xx.
     */
    public OutOfScopeProbes excluded(String reason, String... operations) {
        for (String operation : operations) {
            if (exclusions.put(exclusionKey(operation), reason) != null) {
                throw new IllegalArgumentException(operation + " excluded twice");
            }
        }
        return this;
    }

    /** {@code operation} answers 2xx to an out-of-scope id today; {@code todo} names the issue that will fix it. */
    public OutOfScopeProbes knownLeak(String operation, String todo) {
        knownLeaks.put(Operation.key(operation), todo);
        return this;
    }

    /** What the run found: operations probed, probes sent, and the disagreements, one line each. */
    public record Result(int operations, int probes, List<String> failures) {
    }

    /** Runs the probes, prints their count and throws one {@link AssertionError} listing every disagreement. */
    public Result verify() {
        Result result = run();
        System.out.printf("Out-of-scope probes of %s: %d operations take an organization or member id, %d probes, "
                + "%d excluded, %d known leaks, %d disagreements%n", application, result.operations(), result.probes(),
                exclusions.size(), knownLeaks.size(), result.failures().size());
        if (!result.failures().isEmpty()) {
            throw new AssertionError("Out-of-scope probes of " + application + ": " + result.failures().size()
                    + " disagreements\n  " + String.join("\n  ", result.failures()));
        }
        return result;
    }

    public Result run() {
        if (home == null || sibling == null || siblingMember == null) {
            throw new IllegalStateException("callersIn(home, sibling, siblingMember) first");
        }
        Map<String, Object> document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("org-secretary", TestTokens.secretary(home));
        callers.put("inspector", TestTokens.inspector(home));
        List<String> failures = new ArrayList<>();
        Set<String> probed = new LinkedHashSet<>();
        Set<String> leaking = new LinkedHashSet<>();
        Set<String> bodyOnly = new LinkedHashSet<>();
        Set<String> excludedSeen = new LinkedHashSet<>();
        int probes = 0;
        for (Operation operation : Operation.all(document)) {
            List<Operation.Parameter> ids = operation.parameters().stream().filter(p -> kind(operation, p) != null).toList();
            if (ids.isEmpty()) {
                if (!bodyIds(document, operation).isEmpty()) {
                    bodyOnly.add(operation.key());
                    if (!exclusions.containsKey(operation.key())) {
                        failures.add(operation.key() + ": carries " + bodyIds(document, operation)
                                + " in its JSON body only; probe it in a test of its own and list it as excluded with the test's name");
                    }
                }
                continue;
            }
            probed.add(operation.key());
            for (Operation.Parameter id : ids) {
                SampleRequests samples = new SampleRequests(givens(operation, id));
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    RequestSpecification request = given().redirects().follow(false).auth().oauth2(caller.getValue());
                    Response response = samples.fill(operation, request).request(operation.method(), samples.path(operation));
                    probes++;
                    int status = response.statusCode();
                    String line = operation.key() + "  " + id.name() + "=" + kind(operation, id).name().toLowerCase(Locale.ROOT)
                            + " of B, " + caller.getKey() + " of A: " + status + " " + excerpt(response);
                    if (status == 403 || status == 404) {
                        continue;
                    }
                    if (status >= 500) {
                        failures.add(line);
                    } else if (exclusions.containsKey(operation.key()) || exclusions.containsKey(operation.key() + " " + id.name())) {
                        excludedSeen.add(operation.key() + " " + id.name());
                        continue;
                    } else if (status < 400) {
                        leaking.add(operation.key());
                        if (!knownLeaks.containsKey(operation.key())) {
                            failures.add("LEAK " + line);
                        }
                    } else {
                        failures.add(line + "  (never reached the scope check: fix the probe or exclude it with a reason)");
                    }
                }
            }
        }
        exclusions.keySet().stream()
                .filter(op -> !probed.contains(op) && !bodyOnly.contains(op) && !excludedSeen.contains(op))
                .forEach(op -> failures.add(op + ": excluded but not needed (takes no such id, now refused, or no longer"
                        + " an operation); remove the entry"));
        knownLeaks.keySet().stream().filter(op -> !leaking.contains(op))
                .forEach(op -> failures.add(op + ": declared a known leak but refused every probe; remove the entry"));
        return new Result(probed.size(), probes, failures);
    }

    /** "METHOD /path" normalized, keeping a trailing parameter name if there is one. */
    private static String exclusionKey(String entry) {
        String[] parts = entry.strip().split("\\s+");
        String key = Operation.key(parts.length == 3 ? parts[0] + " " + parts[1] : entry);
        if (key == null || parts.length > 3) {
            throw new IllegalArgumentException("\"" + entry + "\" is not \"METHOD /path [parameter]\"");
        }
        return parts.length == 3 ? key + " " + parts[2] : key;
    }

    private Kind kind(Operation operation, Operation.Parameter parameter) {
        if (!"path".equals(parameter.in()) && !"query".equals(parameter.in())) {
            return null;
        }
        if (organizationNames.contains(parameter.name())) {
            return Kind.ORGANIZATION;
        }
        if (memberNames.contains(parameter.name())) {
            return Kind.MEMBER;
        }
        if ("path".equals(parameter.in()) && "id".equals(parameter.name())) {
            if (operation.path().contains("/organizations/{id}")) {
                return Kind.ORGANIZATION;
            }
            if (operation.path().contains("/members/{id}")) {
                return Kind.MEMBER;
            }
        }
        return null;
    }

    /**
     * The probed parameter gets B's id; every other required id the caller may give gets A's (its own organization),
     * so that the probed id is the only thing out of scope. Optional filters stay unset.
     */
    private List<SampleRequests.Given> givens(Operation operation, Operation.Parameter probed) {
        List<SampleRequests.Given> givens = new ArrayList<>();
        String prefix = operation.path();
        for (Operation.Parameter p : operation.parameters()) {
            Kind kind = kind(operation, p);
            if (p == probed) {
                givens.add(new SampleRequests.Given(prefix, p.name(),
                        String.valueOf(kind == Kind.ORGANIZATION ? sibling : siblingMember)));
            } else if (kind == Kind.ORGANIZATION && p.required()) {
                givens.add(new SampleRequests.Given(prefix, p.name(), String.valueOf(home)));
            } else if (kind == null && values.containsKey(p.name())) {
                givens.add(new SampleRequests.Given(prefix, p.name(), values.get(p.name())));
            }
        }
        return givens;
    }

    /** Top-level properties of the JSON body whose names say they hold an organization or member id. */
    @SuppressWarnings("unchecked")
    private Set<String> bodyIds(Map<String, Object> document, Operation operation) {
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        Map<String, Object> item = (Map<String, Object>) paths.getOrDefault(operation.path(), Map.of());
        Object op = item.get(operation.method().toLowerCase(Locale.ROOT));
        Set<String> found = new LinkedHashSet<>();
        if (!(op instanceof Map<?, ?> map) || !(map.get("requestBody") instanceof Map<?, ?> body)) {
            return found;
        }
        Map<String, Object> content = (Map<String, Object>) Operation.resolve(document, (Map<String, Object>) body)
                .getOrDefault("content", Map.of());
        for (Object type : content.values()) {
            if (type instanceof Map<?, ?> media && media.get("schema") instanceof Map<?, ?> schema) {
                Map<String, Object> resolved = Operation.resolve(document, (Map<String, Object>) schema);
                Map<String, Object> properties = (Map<String, Object>) resolved.getOrDefault("properties", Map.of());
                properties.keySet().stream().filter(this::namesAnId).forEach(found::add);
            }
        }
        return found;
    }

    private boolean namesAnId(String property) {
        String name = property.toLowerCase(Locale.ROOT);
        return organizationNames.contains(property) || memberNames.contains(property)
                || name.endsWith("organizationid") || name.endsWith("organizationids")
                || name.endsWith("memberid") || name.endsWith("memberids");
    }

    private static String excerpt(Response response) {
        String body = response.asString();
        body = body == null ? "" : body.replaceAll("\\s+", " ");
        return body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }
}
