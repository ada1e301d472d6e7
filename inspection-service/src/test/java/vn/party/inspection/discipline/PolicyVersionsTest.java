package vn.party.inspection.discipline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DecidingBodyKind;
import vn.party.contracts.effects.DisciplineForm;
import vn.party.inspection.discipline.policy.DisciplinePolicy;
import vn.party.inspection.discipline.policy.PolicyRepository;
import vn.party.testsupport.FakeMembershipTree;
import vn.party.testsupport.PostgresTestResource;
import vn.party.testsupport.TestTokens;

/** The policy is data: the seeded versions from 2016, and a later version that applies only from its own date. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeMembershipTree.class)
@QuarkusTestResource(FakeMembershipMembers.class)
class PolicyVersionsTest {

    private static final LocalDate LATER_VERSION = LocalDate.of(2090, 1, 1);

    @Inject
    PolicyRepository policies;

    @Inject
    DataSource dataSource;

    @Test
    void theSeededVersionsRunFrom2016AndQd296FromItsDate() {
        assertTrue(policies.find(LocalDate.of(2016, 7, 25)).isEmpty());
        assertEquals(LocalDate.of(2016, 7, 26), policies.find(LocalDate.of(2016, 7, 26)).orElseThrow().effectiveFrom());
        assertEquals(LocalDate.of(2017, 11, 15), policies.find(LocalDate.of(2018, 6, 1)).orElseThrow().effectiveFrom());
        assertEquals(LocalDate.of(2021, 7, 28), policies.find(LocalDate.of(2022, 7, 5)).orElseThrow().effectiveFrom());
        assertEquals(LocalDate.of(2022, 7, 6), policies.find(LocalDate.of(2025, 2, 2)).orElseThrow().effectiveFrom());
        assertEquals(LocalDate.of(2025, 2, 3), policies.find(LocalDate.of(2025, 5, 29)).orElseThrow().effectiveFrom());
        DisciplinePolicy policy = policies.find(LocalDate.of(2025, 5, 30)).orElseThrow();
        assertEquals(LocalDate.of(2025, 5, 30), policy.effectiveFrom());
        assertEquals(90, policy.suspensionMaxInitialDays());
        assertEquals(180, policy.suspensionMaxTotalDays());
        assertEquals(1, policy.complaintWindowMonths());
        assertEquals(Optional.of(5), policy.forms().get(DisciplineForm.REPRIMAND).statuteYears());
        assertEquals(Optional.of(10), policy.forms().get(DisciplineForm.WARNING).statuteYears());
        assertEquals(Optional.of(10), policy.forms().get(DisciplineForm.REMOVAL_FROM_POST).statuteYears());
        assertEquals(Optional.empty(), policy.forms().get(DisciplineForm.EXPULSION).statuteYears());
        assertEquals(new DisciplinePolicy.VoteThreshold(1, 2, true), policy.forms().get(DisciplineForm.WARNING).threshold());
        assertEquals(new DisciplinePolicy.VoteThreshold(2, 3, false), policy.forms().get(DisciplineForm.EXPULSION).threshold());
        assertTrue(policy.authorizes(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.WARNING));
        assertFalse(policy.authorizes(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.REMOVAL_FROM_POST));
        assertFalse(policy.authorizes(DecidingBodyKind.CELL, TargetKind.MEMBER, DisciplineForm.EXPULSION));
        assertFalse(policy.authorizes(DecidingBodyKind.CELL, TargetKind.ORGANIZATION, DisciplineForm.REPRIMAND));
        assertTrue(policy.authorizes(DecidingBodyKind.STANDING_COMMITTEE, TargetKind.ORGANIZATION, DisciplineForm.DISSOLUTION));
    }

    @Test
    void aLaterVersionAppliesFromItsEffectiveDateOnly() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into discipline_policy (id, effective_from, source, suspension_max_initial_days,"
                    + " suspension_max_total_days, complaint_window_months) values ('" + id + "', DATE '" + LATER_VERSION
                    + "', 'test: a later rewrite', 120, 240, 2)");
        }
        assertEquals(90, policies.find(LATER_VERSION.minusDays(1)).orElseThrow().suspensionMaxInitialDays());
        assertEquals(120, policies.find(LATER_VERSION).orElseThrow().suspensionMaxInitialDays());

        UUID cell = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        FakeMembershipTree.place(cell, null);
        FakeMembershipMembers.register(member, cell, "OFFICIAL", false);
        given().auth().oauth2(TestTokens.inspector(cell)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "reason", "x", "decisionNumber", "1-QĐ",
                        "startDate", LocalDate.now(PartyClock.VIETNAM).toString(), "days", 100))
                .when().post("/api/inspection/discipline/suspensions")
                .then().statusCode(422).body("errors[0].field", equalTo("discipline.suspension"));
        given().auth().oauth2(TestTokens.inspector(cell)).contentType(ContentType.JSON)
                .body(Map.of("memberId", member.toString(), "reason", "x", "decisionNumber", "1-QĐ",
                        "startDate", LATER_VERSION.plusMonths(1).toString(), "days", 100))
                .when().post("/api/inspection/discipline/suspensions")
                .then().statusCode(201).body("policyId", equalTo(id.toString()));
    }
}
