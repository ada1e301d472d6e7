package vn.party.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON examples of the contracts, read from the classpath ({@code contracts/<family>/<name>.json}), and the one
 * mapper configuration both sides are tested with (ISO dates, unknown fields refused so a renamed field fails).
 */
public final class ContractExamples {

    private ContractExamples() {
    }

    public static String json(String path) {
        String resource = "contracts/" + path;
        try (InputStream in = ContractExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract example " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectMapper strictMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static <T> T parse(String path, Class<T> type) {
        try {
            return strictMapper().readValue(json(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Contract example " + path + " does not parse as " + type.getSimpleName(), e);
        }
    }
}
