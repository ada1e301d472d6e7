package vn.party.membership.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Charter's numbers that the member register checks, as configuration (defaults: the 2025 rules,
 * QĐ 294-QĐ/TW). They become effective-dated policy versions stored as data with the member lifecycle
 * (admission, probation); until then a change is a configuration change, never a code change.
 */
@ConfigMapping(prefix = "party.policy")
public interface MembershipPolicy {

    /** Minimum age at admission, in months (18 years). */
    @WithDefault("216")
    int minAdmissionAgeMonths();

    /** Probation length from the admission ceremony, in months. */
    @WithDefault("12")
    int probationMonths();
}
