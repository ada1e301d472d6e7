package vn.party.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The key pair inspection-service signs discipline effects with (private, {@code party.effects.signing-key-location})
 * and membership-service verifies them with (public, {@code party.effects.verification-key-location}). Generated
 * once per checkout under {@code .local/keys/} (kept by {@code --reset}: effects already signed stay verifiable), so
 * no key ships with the repository.
 */
record EffectKeys(Path privateKey, Path publicKey) {

    static EffectKeys in(Path directory) {
        return new EffectKeys(directory.resolve("effects-signing.pem"), directory.resolve("effects-verification.pem"));
    }

    /** Writes a new RSA 2048 pair as PEM unless both files are there already. */
    EffectKeys ensure() throws IOException {
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return this;
        }
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot generate an RSA key pair", e);
        }
        Files.createDirectories(privateKey.getParent());
        // PKCS#8 and X.509 SubjectPublicKeyInfo: the PEM forms smallrye-jwt's KeyUtils reads
        write(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
        write(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
        return this;
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content, boolean secret) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(partial, content, StandardCharsets.US_ASCII);
        if (secret && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
