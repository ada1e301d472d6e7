package vn.party.membership.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class MemberApiTest {

    private static final String MEMBERS = "/api/membership/members";

    private UUID bloc;
    private UUID grassroots;
    private UUID cell;
    private UUID otherCell;

    @BeforeEach
    void tree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        bloc = organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        grassroots = organization("G-" + suffix, "Đảng bộ Sở Tài chính", "GRASSROOTS_COMMITTEE", bloc);
        cell = organization("C-" + suffix, "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", grassroots);
        otherCell = organization("O-" + suffix, "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
    }

    @Test
    void registeredMemberIsAuditedAndItsDossierReadIsAuditedToo() {
        String cccd = nationalId();
        UUID id = register(TestTokens.secretary(grassroots), cell, "Nguyễn Văn An", cccd, null);
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id)
                .then().statusCode(200)
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("familyName", equalTo("Nguyễn"))
                .body("givenName", equalTo("An"))
                .body("nationalId", equalTo(cccd))
                .body("status", equalTo("OFFICIAL"))
                .body("statusName", equalTo("Chính thức"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id + "/audit")
                .then().statusCode(200)
                .body("action", contains("CREATE", "READ"))
                .body("[0].actor", equalTo("secretary-" + grassroots))
                .body("[0].changes.nationalId.after", equalTo(cccd));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id + "/status-changes")
                .then().statusCode(200).body("status", contains("PROBATIONARY", "OFFICIAL"));
    }

    @Test
    void nationalIdIsMaskedForASecretaryAndShownToTheMemberThemselves() {
        String cccd = nationalId();
        UUID id = register(TestTokens.blocAdmin(), cell, "Trần Thị Bình", cccd, null);
        String masked = cccd.substring(0, 3) + "******" + cccd.substring(9);
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(MEMBERS + "/" + id)
                .then().statusCode(200)
                .body("nationalId", equalTo(masked))
                .body("nationalIdMasked", equalTo(true));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(MEMBERS + "?organizationId=" + cell)
                .then().statusCode(200).body("items.nationalId", everyItemMasked());
        given().auth().oauth2(TestTokens.member(cell, id)).when().get("/api/membership/me")
                .then().statusCode(200)
                .body("member.nationalId", equalTo(cccd))
                .body("organization.name", equalTo("Chi bộ Phòng Ngân sách"))
                .body("organization.typeName", equalTo("Chi bộ trực thuộc"));
    }

    @Test
    void memberSeesOnlyThemselves() {
        UUID self = register(TestTokens.blocAdmin(), cell, "Lê Văn Cường", nationalId(), null);
        UUID colleague = register(TestTokens.blocAdmin(), cell, "Phạm Thị Dung", nationalId(), null);
        String token = TestTokens.member(cell, self);
        given().auth().oauth2(token).when().get(MEMBERS + "/" + self).then().statusCode(200);
        given().auth().oauth2(token).when().get(MEMBERS + "/" + colleague)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).when().get(MEMBERS + "?organizationId=" + cell).then().statusCode(403);
        given().auth().oauth2(TestTokens.member(cell, UUID.randomUUID())).when().get("/api/membership/me")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/membership/me").then().statusCode(401);
    }

    @Test
    void secretarySeesOnlyTheirSubtree() {
        UUID inside = register(TestTokens.blocAdmin(), cell, "Hoàng Văn Em", nationalId(), null);
        UUID outside = register(TestTokens.blocAdmin(), otherCell, "Vũ Thị Phương", nationalId(), null);
        String secretary = TestTokens.secretary(grassroots);
        given().auth().oauth2(secretary).when().get(MEMBERS + "/" + outside)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(secretary).when().get(MEMBERS + "?organizationId=" + otherCell).then().statusCode(403);
        given().auth().oauth2(secretary).when().get(MEMBERS + "?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(inside.toString()))
                .body("items.id", not(hasItem(outside.toString())));
        given().auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(registration(otherCell, "Đỗ Văn Giang", nationalId(), null))
                .when().post(MEMBERS).then().statusCode(403);
        // other tests' trees have roots of their own: a root's list must not reach into them
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "?organizationId=" + bloc)
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndMatchesCardNumbers() {
        String card = nationalId();
        UUID nguyen = register(TestTokens.blocAdmin(), cell, "Nguyễn Văn Hùng", nationalId(), card);
        UUID dang = register(TestTokens.blocAdmin(), cell, "Đặng Thị Hoa", nationalId(), null);
        register(TestTokens.blocAdmin(), cell, "Bùi Minh Khôi", nationalId(), null);
        search("nguyen van").body("items.id", contains(nguyen.toString()));
        search("NGUYỄN VĂN").body("items.id", contains(nguyen.toString()));
        search("dang").body("items.id", contains(dang.toString()));
        search("thi hoa").body("items.id", contains(dang.toString()));
        search(card.substring(2, 10)).body("totalItems", equalTo(0)); // identifiers only through cardNumber=
        given().auth().oauth2(TestTokens.blocAdmin()).queryParam("cardNumber", card).when().get(MEMBERS)
                .then().statusCode(200).body("items.id", contains(nguyen.toString()));
        search("100%_").body("totalItems", equalTo(0));
    }

    @Test
    void listIsInVietnameseAlphabeticalOrderOfGivenThenFamilyName() {
        for (String name : List.of("Trần Văn Đức", "Lê Văn Dũng", "Phạm Thị Ân", "Nguyễn Văn Anh", "Võ Văn Giang",
                "Lý Thị Bình", "Đào Văn Anh")) {
            register(TestTokens.blocAdmin(), cell, name, nationalId(), null);
        }
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "?organizationId=" + cell)
                .then().statusCode(200)
                .body("items.fullName", contains("Đào Văn Anh", "Nguyễn Văn Anh", "Phạm Thị Ân", "Lý Thị Bình",
                        "Lê Văn Dũng", "Trần Văn Đức", "Võ Văn Giang"));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "?organizationId=" + cell + "&sort=NAME_DESC&size=2")
                .then().statusCode(200)
                .body("items.fullName", contains("Võ Văn Giang", "Trần Văn Đức"))
                .body("totalItems", equalTo(7))
                .body("totalPages", equalTo(4));
    }

    @Test
    void filtersByStatusGenderAgeAndAdmissionYear() {
        UUID official = register(TestTokens.blocAdmin(), cell, "Mai Văn Long", nationalId(), null);
        Map<String, Object> probationary = registration(cell, "Mai Thị Lan", nationalId(), null);
        profile(probationary).put("gender", "FEMALE");
        profile(probationary).put("admissionDate", java.time.LocalDate.now().minusMonths(3).toString());
        profile(probationary).remove("officialDate");
        String lan = given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(probationary)
                .when().post(MEMBERS).then().statusCode(201).body("status", equalTo("PROBATIONARY")).extract().path("id");
        String base = MEMBERS + "?organizationId=" + cell;
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&status=PROBATIONARY")
                .then().body("items.id", contains(lan));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&gender=MALE")
                .then().body("items.id", contains(official.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&admissionYear=2010")
                .then().body("items.id", contains(official.toString()));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&minAge=30&maxAge=50")
                .then().body("totalItems", equalTo(2));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&minAge=51")
                .then().body("totalItems", equalTo(0));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(base + "&status=ALIVE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void nationalIdMustBeTwelveDigitsAndUnique() {
        String cccd = nationalId();
        register(TestTokens.blocAdmin(), cell, "Cao Văn Minh", cccd, null);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(registration(cell, "Cao Văn Nam", cccd.substring(1), null))
                .when().post(MEMBERS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("profile.nationalId"))
                .body("errors.message", hasItem(containsString("12")));
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(registration(cell, "Cao Văn Nam", cccd, null))
                .when().post(MEMBERS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("nationalId"));
        String card = nationalId();
        register(TestTokens.blocAdmin(), cell, "Cao Văn Phú", nationalId(), card);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON)
                .body(registration(cell, "Cao Văn Quý", nationalId(), card))
                .when().post(MEMBERS)
                .then().statusCode(409).body("errors[0].field", equalTo("partyCardNumber"));
    }

    @Test
    void datesMustBeConsistentWithThePolicy() {
        Map<String, Object> young = registration(cell, "Đinh Văn Sơn", nationalId(), null);
        profile(young).put("dateOfBirth", "1993-06-01");
        profile(young).put("admissionDate", "2010-05-19");
        profile(young).put("officialDate", "2011-05-19");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(young)
                .when().post(MEMBERS)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("member.admission-age"));

        Map<String, Object> early = registration(cell, "Đinh Văn Tâm", nationalId(), null);
        profile(early).put("officialDate", "2010-11-19");
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(early)
                .when().post(MEMBERS)
                .then().statusCode(422).body("errors.field", hasItem("member.probation"));

        Map<String, Object> single = registration(cell, "Tâm", nationalId(), null);
        given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(single)
                .when().post(MEMBERS)
                .then().statusCode(400).body("errors[0].field", equalTo("fullName"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void staleCorrectionIs409AndStatusChangesKeepHistory() {
        UUID id = register(TestTokens.blocAdmin(), cell, "Tô Văn Uy", nationalId(), null);
        Map<String, Object> dossier = given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + "/" + id)
                .then().extract().as(Map.class);
        Map<String, Object> profile = new HashMap<>(registration(cell, "Tô Văn Uy", (String) dossier.get("nationalId"), null));
        Map<String, Object> correction = Map.of("profile", profile.get("profile"), "version", 0);
        ((Map<String, Object>) correction.get("profile")).put("jobTitle", "Phó Giám đốc Sở");
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON).body(correction)
                .when().put(MEMBERS + "/" + id).then().statusCode(200).body("jobTitle", equalTo("Phó Giám đốc Sở"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON).body(correction)
                .when().put(MEMBERS + "/" + id).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.secretary(grassroots)).contentType(ContentType.JSON)
                .body(Map.of("status", "EXEMPTED", "effectiveOn", "2024-03-01", "reason", "Tuổi cao, sức yếu",
                        "decisionRef", "12-QĐ/ĐU", "version", 1))
                .when().post(MEMBERS + "/" + id + "/status-changes")
                .then().statusCode(200).body("status", equalTo("EXEMPTED"));
        given().auth().oauth2(TestTokens.secretary(grassroots)).when().get(MEMBERS + "/" + id + "/status-changes")
                .then().statusCode(200)
                .body("status", contains("PROBATIONARY", "OFFICIAL", "EXEMPTED"))
                .body("[2].decisionRef", equalTo("12-QĐ/ĐU"))
                .body("[2].reason", equalTo("Tuổi cao, sức yếu"));
        given().auth().oauth2(TestTokens.inspector(bloc)).contentType(ContentType.JSON)
                .body(Map.of("status", "OFFICIAL", "effectiveOn", "2024-03-01", "reason", "x", "version", 2))
                .when().post(MEMBERS + "/" + id + "/status-changes").then().statusCode(403);
    }

    private io.restassured.response.ValidatableResponse search(String text) {
        return given().auth().oauth2(TestTokens.blocAdmin()).queryParam("organizationId", cell.toString())
                .queryParam("q", text).when().get(MEMBERS).then().statusCode(200);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemMasked() {
        return org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.matchesPattern("[0-9]{3}\\*{6}[0-9]{3}"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> profile(Map<String, Object> registration) {
        return (Map<String, Object>) registration.get("profile");
    }

    private static Map<String, Object> registration(UUID organization, String name, String cccd, String card) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("fullName", name);
        profile.put("gender", "MALE");
        profile.put("dateOfBirth", "1985-04-12");
        profile.put("ethnicity", "Kinh");
        profile.put("nationalId", cccd);
        if (card != null) {
            profile.put("partyCardNumber", card);
        }
        profile.put("admissionDecisionDate", "2010-05-01");
        profile.put("admissionDate", "2010-05-19");
        profile.put("officialDate", "2011-05-19");
        Map<String, Object> registration = new HashMap<>();
        registration.put("organizationId", organization.toString());
        registration.put("profile", profile);
        return registration;
    }

    private static UUID register(String token, UUID organization, String name, String cccd, String card) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(registration(organization, name, cccd, card))
                .when().post(MEMBERS).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static String nationalId() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 999_999_999_999L));
    }

    private static UUID organization(String code, String name, String type, UUID parent) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "type", type));
        if (parent != null) {
            body.put("parentId", parent.toString());
        }
        return UUID.fromString(given().auth().oauth2(TestTokens.blocAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/membership/organizations").then().statusCode(201).extract().path("id"));
    }
}
