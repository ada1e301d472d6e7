package vn.party.membership.identity.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.party.membership.identity.verifier.VerificationResult.Verdict;

class LocalIdentityVerifierTest {

    private static IdentityCheckConfig.Citizen citizen(String name, LocalDate born) {
        return new IdentityCheckConfig.Citizen() {
            @Override
            public String fullName() {
                return name;
            }

            @Override
            public LocalDate dateOfBirth() {
                return born;
            }
        };
    }

    private static final Map<String, IdentityCheckConfig.Citizen> REGISTER = Map.of(
            "001080012345", citizen("Nguyễn Văn An", LocalDate.of(1980, 1, 2)));

    private static VerificationResult.Answered answer(String id, String name, LocalDate born) {
        return LocalIdentityVerifier.answer(REGISTER, new VerificationRequest(id, name, born));
    }

    @Test
    void theSamePersonIsAMatch() {
        VerificationResult.Answered answer = answer("001080012345", "Nguyễn Văn An", LocalDate.of(1980, 1, 2));
        assertEquals(Verdict.MATCH, answer.verdict());
        assertEquals(List.of(), answer.mismatchedFields());
        assertEquals(1, answer.attempts());
    }

    @Test
    void anUnknownCccdIsNotFound() {
        assertEquals(Verdict.NOT_FOUND, answer("001080099999", "Nguyễn Văn An", LocalDate.of(1980, 1, 2)).verdict());
    }

    @Test
    void eachDifferingFieldIsNamed() {
        assertEquals(List.of(IdentityField.DATE_OF_BIRTH),
                answer("001080012345", "Nguyễn Văn An", LocalDate.of(1980, 2, 1)).mismatchedFields());
        assertEquals(List.of(IdentityField.FULL_NAME, IdentityField.DATE_OF_BIRTH),
                answer("001080012345", "Nguyễn Văn Ân", LocalDate.of(1981, 1, 2)).mismatchedFields());
    }

    @Test
    void namesCompareIgnoringCaseSpacesAndUnicodeFormButNotAccents() {
        assertTrue(LocalIdentityVerifier.sameName("Nguyễn Văn An", "  NGUYỄN   văn an "));
        // "ễ" precomposed vs "e" + combining marks (NFD) is the same name
        assertTrue(LocalIdentityVerifier.sameName("Nguyễn Văn An",
                java.text.Normalizer.normalize("Nguyễn Văn An", java.text.Normalizer.Form.NFD)));
        assertFalse(LocalIdentityVerifier.sameName("Nguyễn Văn An", "Nguyen Van An"));
        assertFalse(LocalIdentityVerifier.sameName("Nguyễn Văn An", "Nguyễn Văn Ân"));
    }
}
