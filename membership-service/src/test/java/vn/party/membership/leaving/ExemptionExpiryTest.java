package vn.party.membership.leaving;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;
import vn.party.testsupport.clock.AtNoonAndNewYearMorning;
import vn.party.testsupport.clock.PinnedClock;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ExemptionExpiryTest {

    private static final String MEMBERS = "/api/membership/members/";

    @Inject
    ExemptionExpiry expiry;

    private static void exempt(String token, UUID member, String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("reason", "Tuổi cao, sức yếu", "startsOn", startsOn,
                "version", 0));
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS + member + "/exemption").then().statusCode(200).body("status", equalTo("EXEMPTED"));
    }

    private static void status(UUID member, String expected) {
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + member).then().statusCode(200)
                .body("status", equalTo(expected));
    }

    /** Run at noon in Vietnam on 31 December and at 06:30 on 1 January in Vietnam (23:30 UTC, still 31 December). */
    @AtNoonAndNewYearMorning
    void exemptionsEndOnTheirEndDateThroughTheExemptionEndPath() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID bloc = LeavingTestSupport.organization("K-" + suffix, "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        UUID cell = LeavingTestSupport.organization("C-" + suffix, "Chi bộ Sở Văn hóa", "GRASSROOTS_CELL", bloc);
        String secretary = TestTokens.secretary(cell);
        LocalDate today = PinnedClock.today();
        UUID official = LeavingTestSupport.member(cell, "Tạ Văn Hết", "2010-06-01", "2011-06-01");
        UUID probationary = LeavingTestSupport.member(cell, "Tạ Thị Dự", today.minusMonths(6).toString(), null);
        UUID endsToday = LeavingTestSupport.member(cell, "Tạ Văn Nay", "2010-06-01", "2011-06-01");
        UUID later = LeavingTestSupport.member(cell, "Tạ Văn Sau", "2010-06-01", "2011-06-01");
        UUID openEnded = LeavingTestSupport.member(cell, "Tạ Văn Mãi", "2010-06-01", "2011-06-01");
        exempt(secretary, official, "2025-01-02", "2025-06-30");
        exempt(secretary, probationary, today.minusMonths(3).toString(), today.minusDays(1).toString());
        exempt(secretary, endsToday, today.minusMonths(1).toString(), today.toString());
        exempt(secretary, later, "2025-01-02", today.plusDays(1).toString());
        exempt(secretary, openEnded, "2025-01-02", null);

        List<UUID> ended = expiry.endDueExemptions();

        assertTrue(ended.containsAll(List.of(official, probationary, endsToday)), ended::toString);
        assertFalse(ended.contains(later));
        assertFalse(ended.contains(openEnded));
        status(official, "OFFICIAL");
        status(probationary, "PROBATIONARY");
        status(endsToday, "OFFICIAL");
        status(later, "EXEMPTED");
        status(openEnded, "EXEMPTED");
        // back on the end date, with the status history and the audit trail of the manual path
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + official + "/status-changes").then()
                .statusCode(200).body("status", contains("PROBATIONARY", "OFFICIAL", "EXEMPTED", "OFFICIAL"))
                .body("[2].endsOn", equalTo("2025-06-30"))
                .body("[3].effectiveOn", equalTo("2025-06-30"))
                .body("[3].reason", containsString("tự động"))
                .body("[3].recordedBy", equalTo(ExemptionExpiry.ACTOR));
        given().auth().oauth2(TestTokens.blocAdmin()).when().get(MEMBERS + official + "/audit").then().statusCode(200)
                .body("actor", hasItem(ExemptionExpiry.ACTOR));
        // a second run finds nothing more of these to end
        List<UUID> again = expiry.endDueExemptions();
        assertFalse(again.contains(official));
        assertFalse(again.contains(later));
    }
}
