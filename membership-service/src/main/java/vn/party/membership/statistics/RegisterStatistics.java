package vn.party.membership.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The register's figures for an organization subtree on a date: what a year-end report reads out.
 * Breakdowns other than {@code byStatus} count members on the roll (active) on that date.
 */
public record RegisterStatistics(
        UUID organizationId,
        LocalDate asOf,
        @Schema(description = "How many organizations the subtree counted on asOf: those placed under it then, and the"
                + " ceased ones whose successor chain ends in one of them") long organizations,
        long activeMembers,
        Map<String, Long> byStatus,
        Map<String, Long> byGender,
        Map<String, Long> byAgeBand,
        Map<String, Long> byEthnicity,
        Map<String, Long> byEducation,
        Map<String, Long> bySeniorityBand,
        Map<String, Long> organizationsByType,
        Admissions admissions) {

    /** Members admitted (ceremony date) within [from, to]. */
    public record Admissions(LocalDate from, LocalDate to, long count) {
    }
}
