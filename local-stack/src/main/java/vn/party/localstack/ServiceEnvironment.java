package vn.party.localstack;

import static vn.party.localstack.LocalStack.GATEWAY;
import static vn.party.localstack.LocalStack.REALM_URL;
import static vn.party.localstack.LocalStack.SERVICES;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.party.localstack.LocalStack.Service;

/** The environment each service process starts with: local ports, the demo realm and its clients, the effect keys. */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(Service service, Integer demoMembers, EffectKeys keys) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", REALM_URL);
        // the issuer is pinned: Keycloak on localhost:8180 signs every token with this iss
        env.put("QUARKUS_OIDC_TOKEN_ISSUER", REALM_URL);
        env.put("PARTY_DEMO_DATA_ENABLED", "true");
        if (demoMembers != null && service.module().equals("membership-service")) {
            env.put("PARTY_DEMO_DATA_MEMBERS", String.valueOf(demoMembers));
        }
        // plain-text logs in .local/logs (the services log JSON by default, for log collectors)
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        if (service.database() != null) {
            // the gateway runs on this machine: its X-Forwarded-For gives the audit trail the client's address
            env.put("PARTY_HTTP_TRUSTED_PROXIES", "127.0.0.1,::1");
            env.put("QUARKUS_DATASOURCE_JDBC_URL", Postgres.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", Postgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", Postgres.PASSWORD);
        }
        switch (service.module()) {
            case "membership-service" -> // calls no other service
                env.put("PARTY_EFFECTS_VERIFICATION_KEY_LOCATION", keys.publicKey().toString());
            case "inspection-service" -> {
                env.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", SERVICES.get(0).url());
                // its own client: the only one whose token may deliver effects; it signs each with the private key
                env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", DemoRealm.INSPECTION_CLIENT);
                env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", DemoRealm.INSPECTION_SECRET);
                env.put("PARTY_EFFECTS_SIGNING_KEY_LOCATION", keys.privateKey().toString());
            }
            case "events-service" -> {
                env.put("QUARKUS_REST_CLIENT_MEMBERSHIP_URL", SERVICES.get(0).url());
                env.put("QUARKUS_REST_CLIENT_INSPECTION_URL", SERVICES.get(1).url());
                // its own client: reads membership's member-event feed, nothing else
                env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", DemoRealm.EVENTS_CLIENT);
                env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", DemoRealm.EVENTS_SECRET);
            }
            default -> {
            }
        }
        if (service == GATEWAY) {
            env.put("GATEWAY_SERVICES_MEMBERSHIP_URL", SERVICES.get(0).url());
            env.put("GATEWAY_SERVICES_INSPECTION_URL", SERVICES.get(1).url());
            env.put("GATEWAY_SERVICES_EVENTS_URL", SERVICES.get(2).url());
        }
        return env;
    }
}
