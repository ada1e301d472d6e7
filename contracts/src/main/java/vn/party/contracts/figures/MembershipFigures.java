package vn.party.contracts.figures;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The register's figures of a subtree on {@code asOf}; breakdowns other than byStatus count active members. */
public record MembershipFigures(UUID organizationId, LocalDate asOf, long organizations, long activeMembers,
        Map<String, Long> byStatus, Map<String, Long> byGender, Map<String, Long> byAgeBand,
        Map<String, Long> byEthnicity, Map<String, Long> byEducation, Map<String, Long> bySeniorityBand,
        Map<String, Long> organizationsByType, Admissions admissions) {

    /** Members admitted within [from, to]. */
    public record Admissions(LocalDate from, LocalDate to, long count) {
    }
}
