package vn.party.events.rating;

import java.math.BigDecimal;
import java.util.Collection;

import vn.party.common.problem.ProblemException;

/**
 * The rules of the annual rating as plain functions of a policy's numbers, callable without a container.
 * Scores are on the 100-point scale with at most two decimals; bands are half-open, so with the seeded policy
 * GOOD is 70 ≤ score &lt; 90 ("70–89" on whole points) and 89.99 is still GOOD.
 */
public final class RatingRules {

    /** The rule names a 422 carries in {@code errors[0].field}. */
    public static final String RULE_SCORE_BAND = "rating.score-band";
    public static final String RULE_EXCELLENT_QUOTA = "rating.excellent-quota";
    public static final String RULE_DISCIPLINED_EXCELLENT = "rating.disciplined-not-excellent";
    public static final String RULE_STAGE_ORDER = "rating.stage-order";
    public static final String RULE_NO_POLICY = "rating.no-policy-in-force";
    public static final String RULE_SUBJECT_UNKNOWN = "rating.subject-organization-unknown";
    public static final String RULE_DECISION_DATE = "rating.decision-date";
    public static final String RULE_DESIGNATION_ORGANIZATIONS_ONLY = "rating.designation-organizations-only";
    public static final String RULE_DESIGNATION_EXCELLENT_ONLY = "rating.designation-excellent-only";
    public static final String RULE_EXEMPLARY_NEEDS_CLEAN_AND_STRONG = "rating.exemplary-requires-clean-and-strong";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatingRules() {
    }

    /** A policy version's numbers. */
    public record Thresholds(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal completedMin,
            int excellentQuotaPercent, QuotaBase excellentQuotaBase) {

        public Thresholds {
            if (completedMin.signum() <= 0 || completedMin.compareTo(goodMin) >= 0 || goodMin.compareTo(excellentMin) >= 0
                    || excellentMin.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("bands must satisfy 0 < completedMin < goodMin < excellentMin ≤ 100");
            }
            if (excellentQuotaPercent < 0 || excellentQuotaPercent > 100) {
                throw new IllegalArgumentException("quota must be 0–100");
            }
        }
    }

    /** The level a score falls in. */
    public static RatingLevel levelFor(Thresholds policy, BigDecimal score) {
        if (score.compareTo(policy.excellentMin()) >= 0) {
            return RatingLevel.EXCELLENT;
        }
        if (score.compareTo(policy.goodMin()) >= 0) {
            return RatingLevel.GOOD;
        }
        if (score.compareTo(policy.completedMin()) >= 0) {
            return RatingLevel.COMPLETED;
        }
        return RatingLevel.NOT_COMPLETED;
    }

    /** "≥ 90", "70 – < 90", … for messages. */
    public static String band(Thresholds policy, RatingLevel level) {
        return switch (level) {
            case EXCELLENT -> "≥ " + plain(policy.excellentMin());
            case GOOD -> plain(policy.goodMin()) + " đến dưới (to below) " + plain(policy.excellentMin());
            case COMPLETED -> plain(policy.completedMin()) + " đến dưới (to below) " + plain(policy.goodMin());
            case NOT_COMPLETED -> "< " + plain(policy.completedMin());
        };
    }

    /** Refuses (422 {@value #RULE_SCORE_BAND}) a score outside the band of the level it comes with. */
    public static void requireScoreInBand(Thresholds policy, RatingLevel level, BigDecimal score) {
        if (score == null) {
            return;
        }
        RatingLevel actual = levelFor(policy, score);
        if (actual != level) {
            throw ProblemException.ruleViolated(RULE_SCORE_BAND, "Điểm " + plain(score) + " không thuộc mức "
                    + level.vietnameseName() + " (" + band(policy, level) + " điểm); điểm này là mức "
                    + actual.vietnameseName() + " (score " + plain(score) + " is outside the " + level + " band, it is "
                    + actual + ")");
        }
    }

    /**
     * The designation an approval records from the requested ones: only an ORGANIZATION
     * ({@value #RULE_DESIGNATION_ORGANIZATIONS_ONLY}) approved EXCELLENT ({@value #RULE_DESIGNATION_EXCELLENT_ONLY})
     * may be named, and EXEMPLARY only together with CLEAN_AND_STRONG ({@value #RULE_EXEMPLARY_NEEDS_CLEAN_AND_STRONG}).
     * Returns the highest designation, or null. {@code requested} null (the field left out, as every approval did
     * before designations existed) keeps the earlier meaning: an organization approved EXCELLENT is CLEAN_AND_STRONG,
     * anything else has none; an empty collection says "not designated".
     */
    public static OrganizationDesignation designation(SubjectKind subject, RatingLevel level,
            Collection<OrganizationDesignation> requested) {
        if (requested == null) {
            return subject == SubjectKind.ORGANIZATION && level == RatingLevel.EXCELLENT
                    ? OrganizationDesignation.CLEAN_AND_STRONG : null;
        }
        if (requested.isEmpty()) {
            return null;
        }
        if (subject != SubjectKind.ORGANIZATION) {
            throw ProblemException.ruleViolated(RULE_DESIGNATION_ORGANIZATIONS_ONLY, "Chỉ tổ chức đảng được công nhận "
                    + "trong sạch, vững mạnh / tiêu biểu, không phải đảng viên (only an organization can be designated "
                    + "CLEAN_AND_STRONG or EXEMPLARY, not a member)");
        }
        if (level != RatingLevel.EXCELLENT) {
            throw ProblemException.ruleViolated(RULE_DESIGNATION_EXCELLENT_ONLY, "Chỉ tổ chức được xếp loại "
                    + RatingLevel.EXCELLENT.vietnameseName() + " mới được công nhận trong sạch, vững mạnh / tiêu biểu; "
                    + "mức phê duyệt là " + level.vietnameseName() + " (a designation needs the level EXCELLENT, not "
                    + level + ")");
        }
        if (requested.contains(OrganizationDesignation.EXEMPLARY)
                && !requested.contains(OrganizationDesignation.CLEAN_AND_STRONG)) {
            throw ProblemException.ruleViolated(RULE_EXEMPLARY_NEEDS_CLEAN_AND_STRONG, "Tổ chức tiêu biểu phải đồng "
                    + "thời được công nhận trong sạch, vững mạnh (EXEMPLARY requires CLEAN_AND_STRONG in designations)");
        }
        return requested.contains(OrganizationDesignation.EXEMPLARY) ? OrganizationDesignation.EXEMPLARY
                : OrganizationDesignation.CLEAN_AND_STRONG;
    }

    /**
     * Whether {@code excellent} excellent members are allowed next to {@code good} members rated GOOD (both counts
     * after the decision), in integer arithmetic: excellent · 100 ≤ percent · base.
     */
    public static boolean quotaAllows(Thresholds policy, long excellent, long good) {
        long base = policy.excellentQuotaBase() == QuotaBase.GOOD ? good : good + excellent;
        return excellent * 100 <= (long) policy.excellentQuotaPercent() * base;
    }

    /** The largest number of excellent members allowed next to {@code good} members rated GOOD. */
    public static long quotaLimit(Thresholds policy, long good) {
        int percent = policy.excellentQuotaPercent();
        if (policy.excellentQuotaBase() == QuotaBase.GOOD) {
            return percent * good / 100;
        }
        // e ≤ p(g + e)/100  ⇔  e(100 − p) ≤ p·g
        return percent == 100 ? Long.MAX_VALUE : percent * good / (100 - percent);
    }

    /** {@code part / whole} as a percentage with one decimal, rounded half up (integer arithmetic); null for 0/0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        long tenths = (2000 * part + whole) / (2 * whole);
        return BigDecimal.valueOf(tenths, 1);
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
