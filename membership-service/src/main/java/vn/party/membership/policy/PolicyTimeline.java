package vn.party.membership.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.party.common.problem.ProblemException;

/** The policy versions in effective order; picks the one in force on a date. A plain value, no database. */
public final class PolicyTimeline {

    private final List<Policy> versions;

    public PolicyTimeline(List<Policy> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(Policy::effectiveFrom)).toList();
    }

    public List<Policy> versions() {
        return versions;
    }

    /** The version in force on {@code date}; 422 {@code policy.in-force} if the date precedes every version. */
    public Policy inForceOn(LocalDate date) {
        Policy found = null;
        for (Policy version : versions) {
            if (version.effectiveFrom().isAfter(date)) {
                break;
            }
            found = version;
        }
        if (found == null) {
            throw ProblemException.ruleViolated("policy.in-force",
                    "Không có quy định nào có hiệu lực vào ngày " + date + " (no policy version in force on that date)");
        }
        return found;
    }
}
