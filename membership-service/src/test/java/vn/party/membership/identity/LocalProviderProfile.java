package vn.party.membership.identity;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** provider=local with two configured citizens. */
public class LocalProviderProfile implements QuarkusTestProfile {

    static final String KNOWN = "079185001234";
    static final String OTHER = "079190004321";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "identity-check.provider", "local",
                "identity-check.local.citizens.\"" + KNOWN + "\".full-name", "Trần Thị Đối Chiếu",
                "identity-check.local.citizens.\"" + KNOWN + "\".date-of-birth", "1985-07-14",
                "identity-check.local.citizens.\"" + OTHER + "\".full-name", "Lê Văn Khớp",
                "identity-check.local.citizens.\"" + OTHER + "\".date-of-birth", "1990-01-02");
    }
}
