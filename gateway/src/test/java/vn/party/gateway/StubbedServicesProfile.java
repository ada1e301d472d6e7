package vn.party.gateway;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The services are WireMock stubs instead of {@link FakeServices}; the dossier's parts and the report's sources
 * give up after short timeouts, so tests can make a service "too slow" with a fixed delay.
 */
public class StubbedServicesProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OidcWiremockTestResource.class), new TestResourceEntry(StubbedServices.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("gateway.dossier.timeout.profile", "2s"),
                Map.entry("gateway.dossier.timeout.status-history", "2s"),
                Map.entry("gateway.dossier.timeout.discipline", "2s"),
                Map.entry("gateway.dossier.timeout.inspections", "2s"),
                Map.entry("gateway.dossier.timeout.attendance", "700ms"),
                Map.entry("gateway.dossier.timeout.ratings", "700ms"),
                Map.entry("gateway.dossier.timeout.commendations", "700ms"),
                Map.entry("gateway.report.timeout.membership", "2s"),
                Map.entry("gateway.report.timeout.inspection", "2s"),
                Map.entry("gateway.report.timeout.events", "700ms"),
                Map.entry("gateway.report.timeout.commendations", "700ms"),
                Map.entry("gateway.rate-limit.requests-per-minute", "1000"));
    }
}
