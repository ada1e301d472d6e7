package vn.party.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * test-support's effect-signing test key pair as files: the packaged services read
 * {@code party.effects.signing-key-location} / {@code verification-key-location} from a path, as in production,
 * and test-support is not on their classpath.
 */
record EffectKeyFiles(Path signing, Path verification) {

    static EffectKeyFiles copyTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new EffectKeyFiles(copy("test-keys/effects-signing-test.pem", directory),
                copy("test-keys/effects-verification-test.pem", directory));
    }

    private static Path copy(String resource, Path directory) throws IOException {
        Path target = directory.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = EffectKeyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " (test-support) is not on the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
