package vn.party.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EffectKeysTest {

    @Test
    void generatesAMatchingPemPairOnceAndKeepsIt(@TempDir Path dir) throws Exception {
        EffectKeys keys = EffectKeys.in(dir.resolve("keys")).ensure();
        String privatePem = Files.readString(keys.privateKey());
        String publicPem = Files.readString(keys.publicKey());
        assertTrue(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem);
        assertTrue(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem);

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        assertEquals(2048, publicKey.getModulus().bitLength());
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update("effect".getBytes(StandardCharsets.UTF_8));
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update("effect".getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(signature), "the public key verifies what the private key signs");

        EffectKeys.in(dir.resolve("keys")).ensure();
        assertEquals(privatePem, Files.readString(keys.privateKey()), "generated once, then kept");
    }

    @Test
    void onlyInspectionGetsThePrivateKeyAndOnlyMembershipThePublicOne(@TempDir Path dir) throws Exception {
        EffectKeys keys = EffectKeys.in(dir).ensure();
        Map<String, String> membership = ServiceEnvironment.of(LocalStack.SERVICES.get(0), null, keys);
        Map<String, String> inspection = ServiceEnvironment.of(LocalStack.SERVICES.get(1), null, keys);
        Map<String, String> events = ServiceEnvironment.of(LocalStack.SERVICES.get(2), null, keys);
        Map<String, String> gateway = ServiceEnvironment.of(LocalStack.GATEWAY, null, keys);

        assertEquals(keys.publicKey().toString(), membership.get("PARTY_EFFECTS_VERIFICATION_KEY_LOCATION"));
        assertEquals(keys.privateKey().toString(), inspection.get("PARTY_EFFECTS_SIGNING_KEY_LOCATION"));
        assertFalse(membership.containsKey("PARTY_EFFECTS_SIGNING_KEY_LOCATION"));
        assertFalse(events.containsKey("PARTY_EFFECTS_SIGNING_KEY_LOCATION"));
        assertFalse(gateway.containsKey("PARTY_EFFECTS_SIGNING_KEY_LOCATION"));
        assertEquals("party-inspection", inspection.get("QUARKUS_OIDC_CLIENT_CLIENT_ID"));
        assertEquals("party-events", events.get("QUARKUS_OIDC_CLIENT_CLIENT_ID"));
        for (Map<String, String> env : java.util.List.of(membership, inspection, events, gateway)) {
            assertEquals(LocalStack.REALM_URL, env.get("QUARKUS_OIDC_TOKEN_ISSUER"));
        }
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }
}
