package vn.party.membership.admission;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.party.testsupport.TestTokens;

/** A bloc → grassroots committee → cell tree with two official members who can introduce, built through the API. */
final class AdmissionFixture {

    static final String CANDIDATES = "/api/membership/candidates";

    final UUID bloc;
    final UUID grassroots;
    final UUID cell;
    final UUID otherCell;
    final UUID introducerA;
    final UUID introducerB;

    AdmissionFixture() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("G-" + suffix, "Đảng bộ Sở Xây dựng", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("C-" + suffix, "Chi bộ Phòng Quy hoạch", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("O-" + suffix, "Chi bộ Sở Tư pháp", "GRASSROOTS_CELL", bloc);
        introducerA = member(cell, "Nguyễn Văn Giới", "2012-05-19", "2013-05-19");
        introducerB = member(cell, "Trần Thị Thiệu", "2014-03-03", "2015-03-03");
    }

    static String nationalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }

    /** A member of {@code organization}; official when {@code officialDate} is given. */
    static UUID member(UUID organization, String name, String admissionDate, String officialDate) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "FEMALE");
        profile.put("dateOfBirth", "1980-01-01");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", nationalId());
        profile.put("admissionDate", admissionDate);
        if (officialDate != null) {
            profile.put("officialDate", officialDate);
        }
        Map<String, Object> body = Map.of("organizationId", organization.toString(), "profile", profile);
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/members").then().statusCode(201).extract().path("id"));
    }

    static Map<String, Object> candidateBody(UUID organization, String name, String dateOfBirth, String cccd) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", dateOfBirth);
        profile.put("ethnicity", "Tày");
        profile.put("nationalId", cccd);
        profile.put("jobTitle", "Chuyên viên");
        profile.put("hostAgency", "Sở Xây dựng");
        return Map.of("organizationId", organization.toString(), "profile", profile);
    }

    UUID candidate(String token, String name, String dateOfBirth) {
        return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(candidateBody(cell, name, dateOfBirth, nationalId()))
                .when().post(CANDIDATES).then().statusCode(201).extract().path("id"));
    }

    static ValidatableResponse step(String token, UUID candidate, String step, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(CANDIDATES + "/" + candidate + "/" + step).then();
    }

    Map<String, Object> introducers(String assignedOn) {
        return Map.of("assignedOn", assignedOn, "introducers", List.of(
                Map.of("memberId", introducerA.toString(), "workedTogetherSince", "2022-01-01"),
                Map.of("memberId", introducerB.toString(), "workedTogetherSince", "2023-06-01")));
    }

    /** Awareness class, introducers and dossier, all accepted, on the dates given. */
    void throughDossier(String token, UUID candidate, String classOn, String introducersOn, String dossierOn) {
        step(token, candidate, "awareness-class", Map.of("passedOn", classOn, "certificateNumber", "BD-" + classOn))
                .statusCode(200);
        step(token, candidate, "introducers", introducers(introducersOn)).statusCode(200);
        step(token, candidate, "dossier", Map.of("completedOn", dossierOn)).statusCode(200);
    }

    static Map<String, Object> vote(String on, int entitled, int votesFor) {
        return Map.of("votedOn", on, "entitledVoters", entitled, "votesFor", votesFor);
    }
}
