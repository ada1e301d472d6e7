package vn.party.events.rating;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

class RatingRulesTest {

    /** DOMAIN.md's numbers, as seeded in V6. */
    private static final RatingRules.Thresholds SEEDED = new RatingRules.Thresholds(new BigDecimal("90"),
            new BigDecimal("70"), new BigDecimal("50"), 20, QuotaBase.GOOD);

    @ParameterizedTest
    @CsvSource({
            "100, EXCELLENT", "90, EXCELLENT", "90.00, EXCELLENT", "89.99, GOOD", "89, GOOD", "70, GOOD",
            "69.99, COMPLETED", "69, COMPLETED", "50, COMPLETED", "49.99, NOT_COMPLETED", "49, NOT_COMPLETED",
            "0, NOT_COMPLETED"})
    void scoresFallInHalfOpenBands(String score, RatingLevel level) {
        assertEquals(level, RatingRules.levelFor(SEEDED, new BigDecimal(score)));
        assertDoesNotThrow(() -> RatingRules.requireScoreInBand(SEEDED, level, new BigDecimal(score)));
    }

    @ParameterizedTest
    @CsvSource({"89.99, EXCELLENT", "90, GOOD", "69.99, GOOD", "70, COMPLETED", "49.99, COMPLETED",
            "50, NOT_COMPLETED", "100, NOT_COMPLETED"})
    void aScoreOutsideItsLevelsBandIsRefusedNamingTheRule(String score, RatingLevel level) {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> RatingRules.requireScoreInBand(SEEDED, level, new BigDecimal(score)));
        assertEquals(ProblemType.RULE_VIOLATION, refused.type());
        assertEquals(RatingRules.RULE_SCORE_BAND, refused.errors().get(0).field());
    }

    @Test
    void aMissingScoreIsNotCheckedBeforeTheApproval() {
        assertDoesNotThrow(() -> RatingRules.requireScoreInBand(SEEDED, RatingLevel.EXCELLENT, null));
    }

    @Test
    void bandsFollowThePolicyVersion() {
        RatingRules.Thresholds stricter = new RatingRules.Thresholds(new BigDecimal("95"), new BigDecimal("75.5"),
                new BigDecimal("55"), 15, QuotaBase.GOOD);
        assertEquals(RatingLevel.GOOD, RatingRules.levelFor(stricter, new BigDecimal("94.99")));
        assertEquals(RatingLevel.COMPLETED, RatingRules.levelFor(stricter, new BigDecimal("75.49")));
        assertEquals(RatingLevel.GOOD, RatingRules.levelFor(stricter, new BigDecimal("75.5")));
        assertThrows(IllegalArgumentException.class, () -> new RatingRules.Thresholds(new BigDecimal("70"),
                new BigDecimal("90"), new BigDecimal("50"), 20, QuotaBase.GOOD));
    }

    @Test
    void quotaOfGoodAllowsExactlyTwentyPercent() {
        // 10 rated good: 2 excellent is exactly 20%, 3 is over
        assertTrue(RatingRules.quotaAllows(SEEDED, 2, 10));
        assertFalse(RatingRules.quotaAllows(SEEDED, 3, 10));
        assertEquals(2, RatingRules.quotaLimit(SEEDED, 10));
        // 4 good: 20% is 0.8, so not even one
        assertFalse(RatingRules.quotaAllows(SEEDED, 1, 4));
        assertTrue(RatingRules.quotaAllows(SEEDED, 1, 5));
        assertEquals(0, RatingRules.quotaLimit(SEEDED, 4));
        assertFalse(RatingRules.quotaAllows(SEEDED, 1, 0));
    }

    @Test
    void quotaOfGoodOrBetterCountsTheExcellentInTheBase() {
        RatingRules.Thresholds base = new RatingRules.Thresholds(new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("50"), 20, QuotaBase.GOOD_OR_BETTER);
        // 1 excellent + 4 good = 5 good-or-better: exactly 20%
        assertTrue(RatingRules.quotaAllows(base, 1, 4));
        assertFalse(RatingRules.quotaAllows(base, 2, 7));
        assertTrue(RatingRules.quotaAllows(base, 2, 8));
        assertEquals(2, RatingRules.quotaLimit(base, 8));
        assertEquals(1, RatingRules.quotaLimit(base, 7));
    }

    @Test
    void percentagesHaveOneDecimalRoundedHalfUp() {
        assertEquals(new BigDecimal("98.2"), RatingRules.percent(54, 55));
        assertEquals(new BigDecimal("18.2"), RatingRules.percent(10, 55));
        assertEquals(new BigDecimal("95.0"), RatingRules.percent(19, 20));
        assertEquals(new BigDecimal("16.7"), RatingRules.percent(1, 6));
        assertEquals(new BigDecimal("0.1"), RatingRules.percent(1, 1000)); // 0.1 exactly
        assertEquals(new BigDecimal("0.1"), RatingRules.percent(1, 1999)); // 0.05002… → 0.1
        assertEquals(new BigDecimal("0.1"), RatingRules.percent(1, 2000)); // 0.05 half up → 0.1
        assertEquals(new BigDecimal("0.0"), RatingRules.percent(1, 2001));
        assertEquals(new BigDecimal("100.0"), RatingRules.percent(7, 7));
        assertNull(RatingRules.percent(0, 0));
    }

    @Test
    void levelsAreOrderedBestFirst() {
        assertTrue(RatingLevel.EXCELLENT.atLeast(RatingLevel.GOOD));
        assertTrue(RatingLevel.GOOD.goodOrBetter());
        assertFalse(RatingLevel.COMPLETED.goodOrBetter());
        assertFalse(RatingLevel.GOOD.atLeast(RatingLevel.EXCELLENT));
    }

    @Test
    void designationsGoOnlyToOrganizationsApprovedExcellentAndExemplaryNeedsCleanAndStrong() {
        var both = java.util.Set.of(OrganizationDesignation.CLEAN_AND_STRONG, OrganizationDesignation.EXEMPLARY);
        assertEquals(OrganizationDesignation.EXEMPLARY,
                RatingRules.designation(SubjectKind.ORGANIZATION, RatingLevel.EXCELLENT, both));
        assertEquals(OrganizationDesignation.CLEAN_AND_STRONG, RatingRules.designation(SubjectKind.ORGANIZATION,
                RatingLevel.EXCELLENT, java.util.Set.of(OrganizationDesignation.CLEAN_AND_STRONG)));
        // left out: an EXCELLENT organization is clean and strong, as before designations existed; [] says none
        assertEquals(OrganizationDesignation.CLEAN_AND_STRONG,
                RatingRules.designation(SubjectKind.ORGANIZATION, RatingLevel.EXCELLENT, null));
        assertNull(RatingRules.designation(SubjectKind.ORGANIZATION, RatingLevel.EXCELLENT, java.util.Set.of()));
        assertNull(RatingRules.designation(SubjectKind.ORGANIZATION, RatingLevel.GOOD, null));
        assertNull(RatingRules.designation(SubjectKind.MEMBER, RatingLevel.EXCELLENT, null));
        assertNull(RatingRules.designation(SubjectKind.MEMBER, RatingLevel.GOOD, java.util.Set.of()));
        assertRule(RatingRules.RULE_DESIGNATION_EXCELLENT_ONLY, () -> RatingRules.designation(SubjectKind.ORGANIZATION,
                RatingLevel.GOOD, java.util.Set.of(OrganizationDesignation.CLEAN_AND_STRONG)));
        assertRule(RatingRules.RULE_DESIGNATION_ORGANIZATIONS_ONLY, () -> RatingRules.designation(SubjectKind.MEMBER,
                RatingLevel.EXCELLENT, both));
        assertRule(RatingRules.RULE_EXEMPLARY_NEEDS_CLEAN_AND_STRONG, () -> RatingRules.designation(
                SubjectKind.ORGANIZATION, RatingLevel.EXCELLENT, java.util.Set.of(OrganizationDesignation.EXEMPLARY)));
        assertTrue(OrganizationDesignation.EXEMPLARY.includes(OrganizationDesignation.CLEAN_AND_STRONG));
        assertFalse(OrganizationDesignation.CLEAN_AND_STRONG.includes(OrganizationDesignation.EXEMPLARY));
    }

    private static void assertRule(String rule, org.junit.jupiter.api.function.Executable call) {
        ProblemException refused = assertThrows(ProblemException.class, call);
        assertEquals(ProblemType.RULE_VIOLATION, refused.type());
        assertEquals(rule, refused.errors().get(0).field());
    }
}
