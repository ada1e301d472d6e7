package vn.party.deploymentcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two realm files: the production realm compose imports (no people, no password grant, no secrets) and the
 * demo realm of ./run.sh. In both, tokens must come out as the services read them (common: AllowedClients,
 * CallerContext): realm roles, {@code azp} one of the allowed clients, {@code org_id} / {@code member_id} and the
 * audience {@code party-api} in the access token.
 */
class RealmFilesTest {

    static final String PRODUCTION_REALM = "deploy/keycloak/realm.json";
    static final String DEMO_REALM = "deploy/keycloak/demo/realm-demo.json";

    /** party.security.allowed-clients' default: the clients that may obtain tokens for the API. */
    static final Set<String> ALLOWED_CLIENTS = Set.of("party-web", "party-cli", "party-integration", "party-inspection",
            "party-events");
    static final List<String> ROLES = List.of("bloc-admin", "org-secretary", "inspector", "inspection-head", "member",
            "integration", "effects-producer", "event-feed-reader", "organization-feed-reader");
    /**
     * Each service identity holds exactly its own roles: its one duty, plus organization-feed-reader for the services
     * that keep a replica of the organization tree.
     */
    static final Map<String, Set<String>> SERVICE_ACCOUNT_ROLES = Map.of("party-integration", Set.of("integration"),
            "party-inspection", Set.of("effects-producer", "organization-feed-reader"),
            "party-events", Set.of("event-feed-reader", "organization-feed-reader"));
    static final Set<String> DEMO_USERS = Set.of("admin", "bithu", "kiemtra", "dangvien");

    private final Deployment deployment = Deployment.load();

    @Test
    void composeImportsTheProductionRealmWithKeycloakInProductionMode() {
        Problems problems = new Problems();
        String command = deployment.command("keycloak");
        problems.check(command.matches("start\\b.*") && !command.contains("start-dev"),
                "keycloak: command `%s` must be `start` (production mode), never start-dev", command);
        problems.check(deployment.volumes("keycloak").stream().anyMatch(v -> v.bind() && v.source() != null
                        && deployment.path(v.source()).equals(deployment.path(PRODUCTION_REALM))),
                "keycloak must import %s (the demo realm is for ./run.sh only)", PRODUCTION_REALM);
        problems.check(deployment.volumes("keycloak").stream().noneMatch(v -> v.source() != null && v.source().contains("demo")),
                "keycloak mounts a demo file");
        problems.assertNone("keycloak in compose");
    }

    @Test
    void productionRealmHasNoPeopleNoPasswordGrantAndNoSecrets() {
        JsonNode realm = read(PRODUCTION_REALM);
        Problems problems = new Problems();
        Map<String, JsonNode> clients = clients(realm);
        problems.check(!clients.containsKey("party-cli"), "%s: party-cli (password grant) is for the demo realm only", PRODUCTION_REALM);
        problems.check(!clients.containsKey("party-services"), "%s: the shared client party-services is gone", PRODUCTION_REALM);
        for (String client : List.of("party-web", "party-integration", "party-inspection", "party-events", "party-api")) {
            problems.check(clients.containsKey(client), "%s: client %s is missing (clients: %s)", PRODUCTION_REALM, client,
                    clients.keySet());
        }
        clients.forEach((id, client) -> {
            problems.check(!client.path("directAccessGrantsEnabled").asBoolean(false),
                    "%s: client %s allows the password grant", PRODUCTION_REALM, id);
            problems.check(!client.path("implicitFlowEnabled").asBoolean(false),
                    "%s: client %s allows the implicit flow", PRODUCTION_REALM, id);
            problems.check(!client.has("secret"), "%s: client %s ships a secret; Keycloak generates it, operators set it",
                    PRODUCTION_REALM, id);
        });
        JsonNode web = clients.get("party-web");
        if (web != null) {
            problems.check(web.path("publicClient").asBoolean() && web.path("standardFlowEnabled").asBoolean()
                            && "S256".equals(web.path("attributes").path("pkce.code.challenge.method").asText()),
                    "%s: party-web must be public, authorization code with PKCE S256", PRODUCTION_REALM);
        }
        for (JsonNode user : realm.path("users")) {
            problems.check(!user.path("serviceAccountClientId").asText("").isEmpty(),
                    "%s: user %s is a person; people are created by operators, never shipped", PRODUCTION_REALM,
                    user.path("username").asText());
            problems.check(!user.has("credentials"), "%s: user %s has credentials", PRODUCTION_REALM,
                    user.path("username").asText());
        }
        problems.assertNone("production realm");
    }

    @Test
    void bothRealmsHaveTheRolesAndServiceIdentitiesTheServicesExpect() {
        Problems problems = new Problems();
        for (String file : List.of(PRODUCTION_REALM, DEMO_REALM)) {
            JsonNode realm = read(file);
            List<String> roles = new ArrayList<>();
            realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
            for (String role : ROLES) {
                problems.check(roles.contains(role), "%s: realm role %s is missing (roles: %s)", file, role, roles);
            }
            problems.check(!roles.contains("party-service"), "%s: the shared role party-service is gone", file);
            Map<String, JsonNode> clients = clients(realm);
            clients.forEach((id, client) -> problems.check(!tokenIssuing(client) || ALLOWED_CLIENTS.contains(id),
                    "%s: client %s issues tokens but is not in party.security.allowed-clients: the services refuse them",
                    file, id));
            SERVICE_ACCOUNT_ROLES.forEach((client, own) -> {
                JsonNode definition = clients.get(client);
                problems.check(definition != null && definition.path("serviceAccountsEnabled").asBoolean()
                                && !definition.path("publicClient").asBoolean(true)
                                && !definition.path("standardFlowEnabled").asBoolean(true),
                        "%s: %s must be confidential with client credentials only (service account)", file, client);
                List<String> held = serviceAccountRoles(realm, client);
                own.stream().filter(role -> !held.contains(role)).forEach(role -> problems.add(
                        "%s: the service account of %s lacks realm role %s (has %s)", file, client, role, held));
                held.stream().filter(r -> ROLES.contains(r) && !own.contains(r)).forEach(extra -> problems.add(
                        "%s: the service account of %s also holds %s: each identity holds only its own roles", file, client, extra));
            });
        }
        problems.assertNone("roles and service identities");
    }

    /** What CallerContext and the audience check read: org_id, member_id, aud=party-api, all in the access token. */
    @Test
    void accessTokensCarryOrganizationMemberAndAudience() {
        Problems problems = new Problems();
        for (String file : List.of(PRODUCTION_REALM, DEMO_REALM)) {
            Map<String, JsonNode> clients = clients(read(file));
            clients.forEach((id, client) -> {
                if (!tokenIssuing(client)) {
                    return;
                }
                problems.check(hasMapper(client, "oidc-audience-mapper", "included.client.audience", "party-api"),
                        "%s: client %s has no audience mapper adding party-api to the access token", file, id);
                if (!client.path("serviceAccountsEnabled").asBoolean(false)) {
                    // people: their organization and own record from user attributes
                    problems.check(hasMapper(client, "oidc-usermodel-attribute-mapper", "claim.name", "org_id"),
                            "%s: client %s does not put org_id (user attribute) in the access token", file, id);
                    problems.check(hasMapper(client, "oidc-usermodel-attribute-mapper", "claim.name", "member_id"),
                            "%s: client %s does not put member_id (user attribute) in the access token", file, id);
                }
            });
            JsonNode integration = clients.get("party-integration");
            problems.check(integration != null && (hasMapper(integration, "oidc-usermodel-attribute-mapper", "claim.name", "org_id")
                            || hasMapper(integration, "oidc-hardcoded-claim-mapper", "claim.name", "org_id")),
                    "%s: party-integration must carry org_id (the subtree it may read)", file);
        }
        problems.assertNone("protocol mappers");
    }

    @Test
    void theDemoRealmHasTheDemoUsersAndTheCliClient() {
        JsonNode realm = read(DEMO_REALM);
        List<String> users = new ArrayList<>();
        realm.path("users").forEach(user -> users.add(user.path("username").asText()));
        assertTrue(users.containsAll(DEMO_USERS), DEMO_REALM + ": demo users " + DEMO_USERS + " expected, found " + users);
        JsonNode cli = clients(realm).get("party-cli");
        assertTrue(cli != null && cli.path("directAccessGrantsEnabled").asBoolean() && cli.path("publicClient").asBoolean(),
                DEMO_REALM + ": party-cli (public, password grant) is what the README's curl examples use");
    }

    private JsonNode read(String file) {
        Path path = deployment.path(file);
        try {
            return new ObjectMapper().readTree(Files.readString(path));
        } catch (IOException e) {
            throw new AssertionError(file + " is missing or not JSON: " + e.getMessage(), e);
        }
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new LinkedHashMap<>();
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }

    /** A client that can obtain tokens (not bearer-only, some grant enabled). */
    private static boolean tokenIssuing(JsonNode client) {
        return !client.path("bearerOnly").asBoolean(false) && client.path("enabled").asBoolean(true)
                && (client.path("standardFlowEnabled").asBoolean(true) || client.path("directAccessGrantsEnabled").asBoolean(false)
                || client.path("serviceAccountsEnabled").asBoolean(false));
    }

    private static boolean hasMapper(JsonNode client, String type, String key, String value) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (type.equals(mapper.path("protocolMapper").asText()) && value.equals(config.path(key).asText())
                    && "true".equals(config.path("access.token.claim").asText())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> serviceAccountRoles(JsonNode realm, String client) {
        List<String> roles = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if (client.equals(user.path("serviceAccountClientId").asText())) {
                user.path("realmRoles").forEach(role -> roles.add(role.asText()));
            }
        }
        return roles;
    }
}
