package vn.party.membership.identity.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HttpEndpointTest {

    private static IdentityCheckConfig.Http http(String baseUrl, String path) {
        return new IdentityCheckConfig.Http() {
            @Override
            public Optional<URI> baseUrl() {
                return Optional.ofNullable(baseUrl).map(URI::create);
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public String apiKeyHeader() {
                return "X-API-Key";
            }

            @Override
            public Optional<String> apiKey() {
                return Optional.of("k");
            }

            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public int maxRetries() {
                return 0;
            }

            @Override
            public Duration retryDelay() {
                return Duration.ZERO;
            }

            @Override
            public Duration maxRetryDelay() {
                return Duration.ZERO;
            }

            @Override
            public Duration maxDuration() {
                return Duration.ofSeconds(1);
            }
        };
    }

    @Test
    void baseUrlAndPathAreJoinedWithOneSlash() {
        assertEquals(URI.create("https://lgsp.example.gov.vn/ndop/verify"),
                HttpIdentityVerifier.endpoint(http("https://lgsp.example.gov.vn", "/ndop/verify")));
        assertEquals(URI.create("https://lgsp.example.gov.vn/gw/ndop/verify"),
                HttpIdentityVerifier.endpoint(http("https://lgsp.example.gov.vn/gw/", "ndop/verify")));
        assertEquals(URI.create("http://10.0.0.5:8280/gw"),
                HttpIdentityVerifier.endpoint(http("http://10.0.0.5:8280/gw//", " ")));
    }

    @Test
    void aMissingOrNonHttpBaseUrlStopsTheStart() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> HttpIdentityVerifier.endpoint(http(null, "/v")));
        assertTrue(missing.getMessage().contains("IDENTITY_CHECK_HTTP_BASE_URL"));
        assertThrows(IllegalStateException.class, () -> HttpIdentityVerifier.endpoint(http("ftp://host/x", "/v")));
        assertThrows(IllegalStateException.class, () -> HttpIdentityVerifier.endpoint(http("lgsp.example", "/v")));
    }
}
