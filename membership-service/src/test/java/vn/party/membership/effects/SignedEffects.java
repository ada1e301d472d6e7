package vn.party.membership.effects;

import java.io.StringReader;
import java.security.PrivateKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import vn.party.contracts.ContractExamples;
import vn.party.contracts.effects.DisciplineEffect;

/**
 * Signs effect deliveries as inspection-service does (the brief's claims: iss, jti = id, effect, memberId,
 * organizationId, effectiveDate, payload), with the test-only signing key whose public half the test profile trusts.
 * Inspection signs the payload as its effect record writes it (every field of the record, absent ones as null), so
 * the payload claim here is the body's payload read into its contract record and written back; a payload that is not
 * a known effect is signed as it is.
 */
public final class SignedEffects {

    public static final String SIGNING_KEY = "test-keys/effects-signing-test.pem";

    private static final ObjectMapper MAPPER = ContractExamples.strictMapper();

    private SignedEffects() {
    }

    /** A copy of {@code body} with its {@code proof}, signed over the body as it is now. */
    public static Map<String, Object> signed(Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("proof", proof(body, key(SIGNING_KEY)));
        return copy;
    }

    /** The proof of {@code claimsSource} signed with {@code key}: claims as inspection writes them. */
    public static String proof(Map<String, Object> claimsSource, PrivateKey key) {
        JwtClaimsBuilder claims = Jwt.issuer("inspection-service").claim("jti", String.valueOf(claimsSource.get("id")))
                .claim("effect", String.valueOf(claimsSource.get("effect")));
        putIfPresent(claims, "memberId", claimsSource.get("memberId"));
        putIfPresent(claims, "organizationId", claimsSource.get("organizationId"));
        putIfPresent(claims, "effectiveDate", claimsSource.get("effectiveDate"));
        Object payload = claimsSource.get("payload");
        if (payload instanceof Map<?, ?>) {
            Optional<Class<? extends DisciplineEffect>> type = DisciplineEffect.typeNamed(
                    String.valueOf(claimsSource.get("effect")));
            Object signed = type.<Object>map(t -> MAPPER.convertValue(payload, t)).orElse(payload);
            try (JsonReader reader = Json.createReader(new StringReader(MAPPER.writeValueAsString(signed)))) {
                claims.claim("payload", reader.readValue());
            } catch (Exception e) {
                throw new IllegalStateException("payload not writable as JSON", e);
            }
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
