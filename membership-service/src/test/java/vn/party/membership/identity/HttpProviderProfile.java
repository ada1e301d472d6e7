package vn.party.membership.identity;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** provider=http against {@link PlatformStub}, with short timeouts and delays so retries are quick. */
public class HttpProviderProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "identity-check.provider", "http",
                "identity-check.http.api-key-header", PlatformStub.API_KEY_HEADER,
                "identity-check.http.api-key", PlatformStub.API_KEY,
                "identity-check.http.connect-timeout", "500ms",
                "identity-check.http.read-timeout", "400ms",
                "identity-check.http.max-retries", "2",
                "identity-check.http.retry-delay", "20ms",
                "identity-check.http.max-retry-delay", "100ms",
                "identity-check.http.max-duration", "10s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PlatformStub.class));
    }
}
