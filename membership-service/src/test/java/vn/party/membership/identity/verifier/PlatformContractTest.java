package vn.party.membership.identity.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.membership.identity.verifier.VerificationResult.Verdict;

class PlatformContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static VerificationResult.Answered interpret(int status, String body) {
        return PlatformContract.interpret(MAPPER, status, body, 1);
    }

    private static PlatformFailure failure(int status, String body) {
        return assertThrows(PlatformFailure.class, () -> interpret(status, body));
    }

    @Test
    void theRequestCarriesTheThreeFieldsAndHidesThemFromToString() throws Exception {
        VerificationRequest request = new VerificationRequest(" 001080012345 ", "Nguyễn Văn An", LocalDate.of(1980, 1, 2));
        assertEquals(MAPPER.readTree("{\"nationalId\":\"001080012345\",\"fullName\":\"Nguyễn Văn An\","
                + "\"dateOfBirth\":\"1980-01-02\"}"), MAPPER.readTree(PlatformContract.requestBody(MAPPER, request)));
        assertTrue(!request.toString().contains("001080012345") && !request.toString().contains("Nguyễn")
                && !request.toString().contains("1980"), request.toString());
    }

    @Test
    void verdictsAreRead() {
        VerificationResult.Answered match = interpret(200, "{\"result\":\"MATCH\",\"reference\":\" R-1 \",\"extra\":1}");
        assertEquals(Verdict.MATCH, match.verdict());
        assertEquals("R-1", match.reference());
        VerificationResult.Answered mismatch = interpret(200,
                "{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"dateOfBirth\",\"nationalId\",\"dateOfBirth\"]}");
        assertEquals(List.of(IdentityField.DATE_OF_BIRTH, IdentityField.NATIONAL_ID), mismatch.mismatchedFields());
        assertNull(mismatch.reference());
        assertEquals(Verdict.NOT_FOUND, interpret(200, "{\"result\":\"NOT_FOUND\"}").verdict());
        assertEquals(Verdict.NOT_FOUND, interpret(404, "{\"result\":\"NOT_FOUND\"}").verdict());
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 500, 502, 503, 504, 599})
    void rateLimitingAndServerErrorsAreTransient(int status) {
        PlatformFailure failure = failure(status, "{\"result\":\"MATCH\"}");
        assertInstanceOf(PlatformFailure.Transient.class, failure);
        assertEquals(status == 429 ? PlatformFailure.Kind.RATE_LIMITED : PlatformFailure.Kind.SERVER_ERROR,
                failure.kind());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 405, 408, 409, 415, 422, 201, 204, 301})
    void otherStatusesAreRefusalsAndNotRetried(int status) {
        PlatformFailure failure = failure(status, "{\"result\":\"MATCH\"}");
        assertInstanceOf(PlatformFailure.Permanent.class, failure);
        assertEquals(PlatformFailure.Kind.REJECTED, failure.kind());
        assertTrue(failure.getMessage().contains("HTTP " + status));
    }

    @Test
    void a404WithoutANotFoundAnswerIsNotTakenForOne() {
        assertEquals(PlatformFailure.Kind.REJECTED, failure(404, null).kind());
        assertEquals(PlatformFailure.Kind.REJECTED, failure(404, "<html>404</html>").kind());
        assertEquals(PlatformFailure.Kind.REJECTED, failure(404, "{\"result\":\"MATCH\"}").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[]", "{}", "{\"result\":\"PROBABLY\"}", "{\"result\":1}",
            "{\"result\":\"MISMATCH\"}", "{\"result\":\"MISMATCH\",\"mismatchedFields\":[]}",
            "{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"address\"]}",
            "{\"result\":\"MISMATCH\",\"mismatchedFields\":\"fullName\"}",
            "{\"result\":\"MISMATCH\",\"mismatchedFields\":[1]}",
            "{\"result\":\"MATCH\",\"mismatchedFields\":[\"fullName\"]}",
            "{\"result\":\"MATCH\",\"reference\":\"   \"}",
            "{\"result\":\"MATCH\",\"reference\":7}"})
    void unreadableAnswersAreInvalidAndNotRetried(String body) {
        PlatformFailure failure = failure(200, body);
        assertInstanceOf(PlatformFailure.Permanent.class, failure);
        assertEquals(PlatformFailure.Kind.INVALID_RESPONSE, failure.kind());
    }

    @Test
    void aReferenceLongerThanTheColumnIsRefused() {
        String longReference = "R".repeat(PlatformContract.MAX_REFERENCE + 1);
        assertEquals(PlatformFailure.Kind.INVALID_RESPONSE,
                failure(200, "{\"result\":\"MATCH\",\"reference\":\"" + longReference + "\"}").kind());
        assertEquals(PlatformContract.MAX_REFERENCE, interpret(200, "{\"result\":\"MATCH\",\"reference\":\""
                + "R".repeat(PlatformContract.MAX_REFERENCE) + "\"}").reference().length());
    }

    @Test
    void failureDetailsNeverEchoThePlatformsValues() {
        PlatformFailure failure = failure(200, "{\"result\":\"001080012345\"}");
        assertTrue(!failure.getMessage().contains("001080012345"), failure.getMessage());
        failure = failure(200, "{\"result\":\"MISMATCH\",\"mismatchedFields\":[\"Nguyễn Văn An\"]}");
        assertTrue(!failure.getMessage().contains("Nguyễn"), failure.getMessage());
    }
}
