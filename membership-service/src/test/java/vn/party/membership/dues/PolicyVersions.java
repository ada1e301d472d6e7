package vn.party.membership.dues;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.TestTokens;

/**
 * New policy versions for tests that share one database: the effective date is the first of a month after every
 * version present (never before 2027, clear of the dates other tests use), and every number is copied from the
 * latest version unless the test changes it.
 */
public final class PolicyVersions {

    public static final String POLICIES = "/api/membership/policies";

    private PolicyVersions() {
    }

    public static Map<String, Object> latest() {
        List<Map<String, Object>> versions = given().auth().oauth2(TestTokens.blocAdmin()).when().get(POLICIES)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return versions.stream().max(Comparator.comparing(v -> LocalDate.parse((String) v.get("effectiveFrom"))))
                .orElseThrow();
    }

    /** The first day of a month after the latest version's effective date, not before 2027-01-01. */
    public static LocalDate nextEffectiveFrom() {
        LocalDate after = LocalDate.parse((String) latest().get("effectiveFrom")).plusMonths(1).withDayOfMonth(1);
        LocalDate floor = LocalDate.of(2027, 1, 1);
        return after.isBefore(floor) ? floor : after;
    }

    /** The admission numbers of the latest version (required in every new version), for a new effective date. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> admissionNumbers(LocalDate effectiveFrom) {
        Map<String, Object> latest = latest();
        Map<String, Object> body = new HashMap<>();
        body.put("effectiveFrom", effectiveFrom.toString());
        body.put("reference", "Quy định thử nghiệm " + effectiveFrom);
        for (String field : List.of("minAdmissionAgeMonths", "maxAdmissionAgeMonths", "probationMonths",
                "introducerMinMonths", "decisionDeadlineWorkingDays", "ceremonyDeadlineWorkingDays",
                "probationReviewWorkingDays", "failedProbationVotesBeforeEscalation")) {
            body.put(field, latest.get(field));
        }
        Map<String, Object> cell = (Map<String, Object>) latest.get("cellVoteThreshold");
        Map<String, Object> committee = (Map<String, Object>) latest.get("committeeVoteThreshold");
        body.put("cellVoteNumerator", cell.get("numerator"));
        body.put("cellVoteDenominator", cell.get("denominator"));
        body.put("committeeVoteNumerator", committee.get("numerator"));
        body.put("committeeVoteDenominator", committee.get("denominator"));
        return body;
    }

    public static ValidatableResponse add(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post(POLICIES).then();
    }
}
