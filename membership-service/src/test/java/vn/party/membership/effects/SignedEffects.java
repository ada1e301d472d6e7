package vn.party.membership.effects;

import java.security.PrivateKey;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Signs effect deliveries as inspection-service does (the brief's claims: iss, jti = id, effect, memberId,
 * organizationId, effectiveDate, payload), with the test-only signing key whose public half the test profile trusts.
 */
public final class SignedEffects {

    public static final String SIGNING_KEY = "test-keys/effects-signing-test.pem";

    private SignedEffects() {
    }

    /** A copy of {@code body} with its {@code proof}, signed over the body as it is now. */
    public static Map<String, Object> signed(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("proof", proof(body, key(SIGNING_KEY)));
        return copy;
    }

    /** The proof of {@code claimsSource} signed with {@code key}: claims as inspection writes them. */
    @SuppressWarnings("unchecked")
    public static String proof(Map<String, Object> claimsSource, PrivateKey key) {
        JwtClaimsBuilder claims = Jwt.issuer("inspection-service").claim("jti", String.valueOf(claimsSource.get("id")))
                .claim("effect", String.valueOf(claimsSource.get("effect")));
        putIfPresent(claims, "memberId", claimsSource.get("memberId"));
        putIfPresent(claims, "organizationId", claimsSource.get("organizationId"));
        putIfPresent(claims, "effectiveDate", claimsSource.get("effectiveDate"));
        if (claimsSource.get("payload") instanceof Map<?, ?> payload) {
            claims.claim("payload", (Map<String, Object>) payload);
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    public static PrivateKey key(String resource) {
        try {
            return KeyUtils.readPrivateKey(resource);
        } catch (Exception e) {
            throw new IllegalStateException("test signing key " + resource, e);
        }
    }

    private static void putIfPresent(JwtClaimsBuilder claims, String name, Object value) {
        if (value != null) {
            claims.claim(name, value.toString());
        }
    }
}
