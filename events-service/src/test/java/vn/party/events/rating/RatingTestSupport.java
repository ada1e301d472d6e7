package vn.party.events.rating;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.events.commendation.FakeMembershipDirectory;
import vn.party.testsupport.TestTokens;

/** REST helpers shared by the rating tests: periods (shared by every test, found or opened) and stages. */
final class RatingTestSupport {

    static final String BASE = "/api/events/ratings";

    private RatingTestSupport() {
    }

    /** The YEAR period of {@code year}, opened by bloc-admin the first time. */
    static String yearPeriod(int year) {
        var created = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "YEAR", "year", year)).when().post(BASE + "/periods").then().extract();
        if (created.statusCode() == 201) {
            return created.path("id");
        }
        List<Map<String, Object>> periods = given().auth().oauth2(TestTokens.blocAdmin()).queryParam("year", year)
                .when().get(BASE + "/periods").then().statusCode(200).extract().path("$");
        return periods.stream().filter(p -> "YEAR".equals(p.get("kind"))).map(p -> (String) p.get("id")).findFirst()
                .orElseThrow();
    }

    static ValidatableResponse createMember(String token, String period, UUID member, UUID organization, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("periodId", period, "subjectKind", "MEMBER"));
        if (member != null && organization != null) {
            // the member is one of the organization's own, as membership would answer
            FakeMembershipDirectory.memberOf(member, organization);
        }
        if (member != null) {
            body.put("memberId", member.toString());
        }
        if (organization != null) {
            body.put("organizationId", organization.toString());
        }
        body.put("displayName", "Đảng viên " + (member == null ? "" : member.toString().substring(0, 8)));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(BASE).then()
                .statusCode(status);
    }

    static ValidatableResponse createOrganization(String token, String period, UUID organization, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("periodId", period, "subjectKind", "ORGANIZATION", "organizationId", organization.toString(),
                        "displayName", "Tổ chức " + organization.toString().substring(0, 8)))
                .when().post(BASE).then().statusCode(status);
    }

    static ValidatableResponse selfAssess(String token, String rating, int version, String level, Object score,
            int status) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "text", "Tự kiểm điểm năm", "level", level));
        if (score != null) {
            body.put("score", score);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/" + rating + "/self-assessment").then().statusCode(status);
    }

    static ValidatableResponse propose(String token, String rating, int version, String level, Object score, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "level", level, "text", "Chi bộ đề xuất"));
        if (score != null) {
            body.put("score", score);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/" + rating + "/proposal").then().statusCode(status);
    }

    static ValidatableResponse approve(String token, String rating, int version, String level, Object score,
            String decidedOn, int status) {
        return approve(token, rating, version, level, score, decidedOn, null, status);
    }

    /** The approval with {@code designations} (null: the field left out). */
    static ValidatableResponse approve(String token, String rating, int version, String level, Object score,
            String decidedOn, List<String> designations, int status) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "level", level, "score", score,
                "decisionNumber", "45-QĐ/ĐU"));
        if (decidedOn != null) {
            body.put("decidedOn", decidedOn);
        }
        if (designations != null) {
            body.put("designations", designations);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(BASE + "/" + rating + "/approval").then().statusCode(status);
    }

    /** Opens, proposes (cell secretary) and approves (approver) a member's rating; returns the rating id. */
    static String approvedMember(String period, UUID member, UUID cell, String approverToken, String level, Object score,
            String decidedOn) {
        String id = createMember(TestTokens.secretary(cell), period, member, cell, 201).extract().path("id");
        int version = propose(TestTokens.secretary(cell), id, 0, level, score, 200).extract().path("version");
        approve(approverToken, id, version, level, score, decidedOn, 200);
        return id;
    }

    /** A member's rating proposed at {@code level}; returns {id, version}. */
    static Object[] proposedMember(String period, UUID member, UUID cell, String level, Object score) {
        String id = createMember(TestTokens.secretary(cell), period, member, cell, 201).extract().path("id");
        int version = propose(TestTokens.secretary(cell), id, 0, level, score, 200).extract().path("version");
        return new Object[] {id, version};
    }
}
