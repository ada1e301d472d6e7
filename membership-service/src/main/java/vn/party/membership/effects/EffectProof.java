package vn.party.membership.effects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;

import vn.party.contracts.effects.EffectDelivery;

/**
 * The proof that an effect comes from inspection's decision: a compact JWS (RS256) signed by inspection-service with
 * its effect-signing key, whose claims repeat the delivery ({@code iss}=inspection-service, {@code jti}=the delivery
 * id, {@code effect}, {@code memberId}, {@code organizationId}, {@code effectiveDate}, {@code payload}). A token that
 * can reach the endpoint is not enough: without the key nobody can make membership expel anyone. The token's expiry
 * is not checked: the proof binds the whole content and the id is the idempotency key, so a late retry of the same
 * delivery is harmless and a replay with any change fails. The {@code payload} claim is compared with the effect as
 * parsed into its contract record (and written back by the same mapper inspection signs with): what is compared is
 * exactly what would be applied, and the body's parsing refused any field the record does not have.
 */
@Startup
@ApplicationScoped
public class EffectProof {

    public static final String RULE = "effect.proof";
    static final String ISSUER = "inspection-service";

    private final PublicKey key;
    private final ObjectMapper objectMapper;

    EffectProof(EffectsConfig config, ObjectMapper objectMapper) {
        this.key = readKey(config.verificationKeyLocation());
        this.objectMapper = objectMapper;
    }

    /** Why the delivery's proof is refused (in Vietnamese with an English gloss); empty when it holds. */
    public Optional<String> refusal(EffectDelivery delivery) {
        if (delivery.proof() == null || delivery.proof().isBlank()) {
            return Optional.of("thiếu chứng từ ký số của bên kiểm tra (the signed proof is missing)");
        }
        JsonNode claims;
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.RSA_USING_SHA256));
            jws.setCompactSerialization(delivery.proof().trim());
            jws.setKey(key);
            if (!jws.verifySignature()) {
                return Optional.of("chữ ký không hợp lệ (the signature does not verify)");
            }
            claims = objectMapper.readTree(jws.getUnverifiedPayload());
        } catch (JoseException | JsonProcessingException | RuntimeException unreadable) {
            return Optional.of("chứng từ không hợp lệ hoặc không do bên kiểm tra ký (not a valid proof signed by"
                    + " inspection)");
        }
        if (claims == null || !claims.isObject()) {
            return Optional.of("nội dung chứng từ không hợp lệ (the proof's claims are not an object)");
        }
        return mismatch(claims, delivery).map(claim -> "chứng từ không khớp nội dung gửi: " + claim
                + " (the proof's claim " + claim + " differs from the delivery)");
    }

    /** The first claim that differs from the delivery; empty when all of them match. */
    private Optional<String> mismatch(JsonNode claims, EffectDelivery delivery) {
        if (!ISSUER.equals(text(claims, "iss"))) {
            return Optional.of("iss");
        }
        if (!Objects.equals(String.valueOf(delivery.id()), text(claims, "jti"))) {
            return Optional.of("jti");
        }
        if (!Objects.equals(delivery.effect(), text(claims, "effect"))) {
            return Optional.of("effect");
        }
        if (!Objects.equals(idText(delivery.memberId()), text(claims, "memberId"))) {
            return Optional.of("memberId");
        }
        if (!Objects.equals(idText(delivery.organizationId()), text(claims, "organizationId"))) {
            return Optional.of("organizationId");
        }
        if (!Objects.equals(String.valueOf(delivery.effectiveDate()), text(claims, "effectiveDate"))) {
            return Optional.of("effectiveDate");
        }
        JsonNode signed = claims.hasNonNull("payload") ? claims.get("payload") : NullNode.getInstance();
        JsonNode sent = delivery.payload() == null ? NullNode.getInstance() : objectMapper.valueToTree(delivery.payload());
        // JSON tree equality; numbers by value, whatever width the parser chose (30 and 30L are the same number)
        if (!signed.equals((a, b) -> a.isNumber() && b.isNumber()
                ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1, sent)) {
            return Optional.of("payload");
        }
        return Optional.empty();
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims.get(name);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String idText(UUID id) {
        return id == null ? null : id.toString();
    }

    private static PublicKey readKey(String location) {
        try {
            String pem = location.startsWith("classpath:") ? KeyUtils.readKeyContent(location)
                    : Files.readString(Path.of(location.startsWith("file:") ? location.substring(5) : location));
            return KeyUtils.decodePublicKey(pem);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("party.effects.verification-key-location: cannot read inspection's"
                    + " effect-verification key from " + location, e);
        }
    }
}
