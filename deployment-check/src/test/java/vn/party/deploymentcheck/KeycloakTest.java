package vn.party.deploymentcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keycloak: the realm it imports, one issuer for tokens requested from the host and from inside the network,
 * and a health check that works in an image without curl.
 */
class KeycloakTest {

    static final String IMPORT_DIR = "/opt/keycloak/data/import";
    static final String REALM = "party";
    /** The production realm's clients (party-cli, with the password grant, is in the demo realm only). */
    static final List<String> CLIENTS = List.of("party-web", "party-integration", "party-inspection", "party-events");

    private final Deployment deployment = Deployment.load();

    private Optional<Deployment.Volume> realmMount() {
        return deployment.volumes("keycloak").stream().filter(v -> v.target().startsWith(IMPORT_DIR)).findFirst();
    }

    @Test
    void importsTheRealmFileOfTheRepository() throws IOException {
        String command = deployment.command("keycloak");
        Problems problems = new Problems();
        problems.check(command.contains("--import-realm"), "keycloak: command `%s` lacks --import-realm", command);
        problems.check(command.matches("start\\b.*") && !command.contains("start-dev"),
                "keycloak: command `%s` should be start (production mode, never start-dev)", command);
        problems.check(realmMount().isPresent(), "keycloak mounts no realm file under %s", IMPORT_DIR);
        problems.assertNone("realm import");

        Deployment.Volume mount = realmMount().orElseThrow();
        problems.check(mount.bind() && mount.source() != null, "keycloak: %s must be a bind mount of a repository file",
                mount.target());
        problems.check(mount.target().endsWith(".json") || mount.target().equals(IMPORT_DIR),
                "keycloak: Keycloak imports *.json files; mount target %s", mount.target());
        problems.assertNone("realm import");

        Path realmFile = deployment.root.resolve(mount.source()).normalize();
        Assumptions.assumeTrue(Files.isRegularFile(realmFile),
                "skipped: " + deployment.relative(realmFile) + " is not there yet (being written separately)");
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmFile.toFile());
        } catch (IOException e) {
            fail(deployment.relative(realmFile) + " is not valid JSON: " + e.getMessage());
            return;
        }
        assertEquals(REALM, realm.path("realm").asText(null),
                deployment.relative(realmFile) + ": field `realm` must be `" + REALM + "`");
        problems.check(realm.path("enabled").asBoolean(true), "%s: the realm is disabled", deployment.relative(realmFile));
        List<String> clientIds = new ArrayList<>();
        realm.path("clients").forEach(c -> clientIds.add(c.path("clientId").asText()));
        for (String client : CLIENTS) {
            problems.check(clientIds.contains(client), "%s: client `%s` is missing (clients: %s)",
                    deployment.relative(realmFile), client, clientIds);
        }
        problems.assertNone("realm file");
    }

    /**
     * KC_HOSTNAME fixes the frontend URL (and so `iss`) to what the host uses; the back channel follows the
     * request so the services can use keycloak:8080; every service requires exactly that issuer.
     */
    @Test
    void tokensCarryTheSameIssuerInsideAndOutside() {
        Map<String, String> kc = deployment.env("keycloak");
        Map<String, String> kcRaw = deployment.rawEnv("keycloak");
        Problems problems = new Problems();
        String hostname = kc.get("KC_HOSTNAME");
        assertNotNull(hostname, "keycloak: KC_HOSTNAME must be set to the public URL (e.g. http://localhost:8180)");
        URI frontend = URI.create(hostname);
        problems.check(frontend.getScheme() != null && frontend.getHost() != null,
                "keycloak: KC_HOSTNAME=%s must be a full URL (scheme://host:port) for the back channel to be dynamic",
                hostname);
        problems.check("true".equalsIgnoreCase(kc.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")),
                "keycloak: KC_HOSTNAME_BACKCHANNEL_DYNAMIC must be true so services can use http://keycloak:<port>");
        int frontendPort = frontend.getPort() > 0 ? frontend.getPort() : "https".equals(frontend.getScheme()) ? 443 : 80;
        if ("localhost".equals(frontend.getHost()) || "127.0.0.1".equals(frontend.getHost())) {
            problems.check(deployment.ports("keycloak").stream().anyMatch(p -> Integer.valueOf(frontendPort).equals(p.published())),
                    "keycloak: KC_HOSTNAME=%s, but no `ports:` entry publishes host port %d", hostname, frontendPort);
        }
        String expectedIssuer = hostname.replaceAll("/+$", "") + "/realms/" + REALM;
        int kcPort = Integer.parseInt(kc.getOrDefault("KC_HTTP_PORT", "8080"));

        int clients = 0;
        for (String service : deployment.services().keySet()) {
            Map<String, String> env = deployment.env(service);
            String authServer = env.get("QUARKUS_OIDC_AUTH_SERVER_URL");
            if (authServer == null) {
                problems.check(!deployment.isBuilt(service), "`%s` does not set QUARKUS_OIDC_AUTH_SERVER_URL", service);
                continue;
            }
            clients++;
            URI uri = URI.create(authServer);
            problems.check("keycloak".equals(uri.getHost()) && uri.getPort() == kcPort,
                    "`%s`: QUARKUS_OIDC_AUTH_SERVER_URL=%s should be http://keycloak:%d/realms/%s (inside the network)",
                    service, authServer, kcPort, REALM);
            problems.check(uri.getPath().replaceAll("/+$", "").equals("/realms/" + REALM),
                    "`%s`: QUARKUS_OIDC_AUTH_SERVER_URL=%s is not realm `%s`", service, authServer, REALM);
            String issuer = env.get("QUARKUS_OIDC_TOKEN_ISSUER");
            problems.check(expectedIssuer.equals(issuer),
                    "`%s`: QUARKUS_OIDC_TOKEN_ISSUER=%s, but Keycloak issues tokens with iss=%s (KC_HOSTNAME + /realms/%s)",
                    service, issuer, expectedIssuer, REALM);
            String rawIssuer = deployment.rawEnv(service).getOrDefault("QUARKUS_OIDC_TOKEN_ISSUER", "");
            String rawHostname = kcRaw.get("KC_HOSTNAME");
            problems.check(rawIssuer.startsWith(rawHostname),
                    "`%s`: QUARKUS_OIDC_TOKEN_ISSUER is written `%s` and KC_HOSTNAME `%s`: derive both from the same "
                            + "expression so that changing one cannot split them", service, rawIssuer, rawHostname);
        }
        problems.check(clients >= 4, "only %d services configure OIDC; expected the three services and the gateway", clients);
        problems.assertNone("issuer");
    }

    /** Keycloak 25+ serves health on the management port (9000); its image has neither curl nor wget. */
    @Test
    void healthIsCheckedOnTheManagementPortWithoutCurl() {
        Map<String, String> kc = deployment.env("keycloak");
        String command = deployment.healthcheckCommand("keycloak");
        String managementPort = kc.getOrDefault("KC_HTTP_MANAGEMENT_PORT", "9000");
        Problems problems = new Problems();
        problems.check("true".equalsIgnoreCase(kc.get("KC_HEALTH_ENABLED")),
                "keycloak: KC_HEALTH_ENABLED must be true, or /health/ready does not exist");
        problems.check(command.contains("/health/ready"), "keycloak: the healthcheck must request /health/ready: %s", command);
        problems.check(command.contains("/" + managementPort) || command.contains(":" + managementPort),
                "keycloak: the healthcheck must use the management port %s: %s", managementPort, command);
        problems.check(!command.matches("(?s).*\\b(curl|wget)\\b.*"),
                "keycloak: the healthcheck uses curl/wget, which the Keycloak image does not contain: %s", command);
        problems.assertNone("keycloak health check");
    }
}
