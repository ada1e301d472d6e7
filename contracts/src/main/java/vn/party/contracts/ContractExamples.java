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

    /**
     * The strict mapper that also refuses a missing or null number where the record holds a primitive: a count the
     * producer did not send is a broken contract, never a 0. Consumers read upstream answers with it and producers'
     * contract tests check their answers with it.
     */
    public static ObjectMapper consumerMapper() {
        return strictMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    public static <T> T parse(String path, Class<T> type) {
        try {
            return strictMapper().readValue(json(path), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Contract example " + path + " does not parse as " + type.getSimpleName(), e);
        }
    }
}
