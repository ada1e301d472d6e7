package vn.party.deploymentcheck;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Every module reads tokens as Keycloak issues them, in production as in tests: an explicit issuer (never `any`),
 * roles from {@code realm_access/roles} only (a {@code groups} claim would let any provider-side group grant a role).
 */
class TokenSettingsTest {

    private final Deployment deployment = Deployment.load();

    @Test
    void issuerIsPinnedAndRolesComeFromRealmAccessOnly() {
        Problems problems = new Problems();
        for (String module : List.copyOf(Deployment.MODULE_OF_SERVICE.values())) {
            ModuleConfig config = ModuleConfig.of(deployment, module);
            Optional<ModuleConfig.Entry> issuer = prod(config, "quarkus.oidc.token.issuer");
            problems.check(issuer.isPresent() && !issuer.get().value().isBlank() && !"any".equals(issuer.get().value()),
                    "%s: quarkus.oidc.token.issuer must be set explicitly for prod (found %s)", module,
                    issuer.map(ModuleConfig.Entry::value).orElse("nothing"));
            config.entries.stream().filter(e -> e.name().equals("quarkus.oidc.token.issuer"))
                    .forEach(e -> problems.check(!"any".equals(e.value()), "%s: %s sets quarkus.oidc.token.issuer=any",
                            module, e.file()));
            Optional<ModuleConfig.Entry> roles = prod(config, "quarkus.oidc.roles.role-claim-path");
            problems.check(roles.isPresent() && roles.get().value().strip().equals("realm_access/roles"),
                    "%s: quarkus.oidc.roles.role-claim-path must be realm_access/roles (found %s)", module,
                    roles.map(ModuleConfig.Entry::value).orElse("nothing: Quarkus would read `groups` first"));
        }
        problems.assertNone("token settings");
    }

    private static Optional<ModuleConfig.Entry> prod(ModuleConfig config, String name) {
        return config.entries.stream().filter(e -> e.name().equals(name) && e.appliesInProd()).reduce((a, b) -> b);
    }
}
