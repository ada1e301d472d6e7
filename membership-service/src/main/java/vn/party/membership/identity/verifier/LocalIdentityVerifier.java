package vn.party.membership.identity.verifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Development stand-in for the platform, <strong>off unless {@code identity-check.provider=local}</strong>. It answers
 * from a small configured register ({@code identity-check.local.citizens}) with deterministic rules, never a blanket
 * success: a CCCD that is not configured is NOT_FOUND; otherwise the full name (compared after Unicode NFC
 * normalization, ignoring case and repeated spaces, but not accents) and the date of birth must both agree.
 */
@ApplicationScoped
public class LocalIdentityVerifier implements IdentityVerifier {

    @Inject
    IdentityCheckConfig config;

    @Override
    public String provider() {
        return IdentityCheckConfig.Provider.LOCAL.configName();
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        return answer(config.local().citizens(), request);
    }

    /** The rules, apart from configuration so they can be tested plainly. */
    static VerificationResult.Answered answer(Map<String, IdentityCheckConfig.Citizen> citizens,
            VerificationRequest request) {
        IdentityCheckConfig.Citizen citizen = citizens.get(request.nationalId());
        if (citizen == null) {
            return new VerificationResult.Answered(VerificationResult.Verdict.NOT_FOUND, List.of(), "local", 1);
        }
        List<IdentityField> differing = new ArrayList<>();
        if (!sameName(citizen.fullName(), request.fullName())) {
            differing.add(IdentityField.FULL_NAME);
        }
        if (!citizen.dateOfBirth().equals(request.dateOfBirth())) {
            differing.add(IdentityField.DATE_OF_BIRTH);
        }
        return new VerificationResult.Answered(
                differing.isEmpty() ? VerificationResult.Verdict.MATCH : VerificationResult.Verdict.MISMATCH,
                differing, "local", 1);
    }

    static boolean sameName(String a, String b) {
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
