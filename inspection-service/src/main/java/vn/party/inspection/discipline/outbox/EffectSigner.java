package vn.party.inspection.discipline.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.EffectDelivery;

/**
 * Signs the {@code proof} of a delivered effect: a compact JWS (RS256) whose claims repeat the body, so membership
 * can tell an effect decided here from one posted by anyone who got hold of a token. Claims: {@code iss}
 * ({@value #ISSUER}), {@code jti} (the outbox id), {@code effect}, {@code memberId} / {@code organizationId} (absent
 * when null), {@code effectiveDate} (ISO date), {@code payload} (the effect record's JSON, as the body carries it),
 * {@code iat}.
 */
@ApplicationScoped
@Startup
public class EffectSigner {

    public static final String ISSUER = "inspection-service";

    private final PrivateKey key;
    private final ObjectMapper objectMapper;

    /** Reads the key at start-up: a missing or unreadable key stops the service rather than every delivery. */
    @Inject
    public EffectSigner(EffectsConfig config, ObjectMapper objectMapper) {
        this.key = readKey(config.signingKeyLocation());
        this.objectMapper = objectMapper;
    }

    public String proof(EffectDelivery effect) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(ISSUER)
                .claim("jti", effect.id().toString())
                .claim("effect", effect.effect())
                .claim("effectiveDate", effect.effectiveDate().toString())
                .claim("payload", json(effect.payload()))
                .issuedAt(PartyClock.instant());
        if (effect.memberId() != null) {
            claims.claim("memberId", effect.memberId().toString());
        }
        if (effect.organizationId() != null) {
            claims.claim("organizationId", effect.organizationId().toString());
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(key);
    }

    /**
     * The payload as a JSON-P value, which the builder writes as it is (JSON nulls included; a plain map with a null
     * value would fail), so the claim is the same JSON as the body's {@code payload} (the same mapper writes both).
     */
    private JsonValue json(DisciplineEffect payload) {
        try (JsonReader reader = Json.createReader(new StringReader(objectMapper.writeValueAsString(payload)))) {
            return reader.readValue();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payload not writable as JSON", e);
        }
    }

    private static PrivateKey readKey(String location) {
        try {
            return KeyUtils.decodePrivateKey(read(location), SignatureAlgorithm.RS256);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("party.effects.signing-key-location: not a PEM private key (" + location + ")", e);
        }
    }

    private static String read(String location) {
        String classpath = "classpath:";
        try {
            if (location.startsWith(classpath)) {
                String name = location.substring(classpath.length()).replaceFirst("^/", "");
                try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("party.effects.signing-key-location: no resource " + name);
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("party.effects.signing-key-location: cannot read " + location, e);
        }
    }
}
