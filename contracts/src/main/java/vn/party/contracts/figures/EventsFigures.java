package vn.party.contracts.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A year's meetings, follow-up tasks, ratings and campaign figures of a subtree. */
public record EventsFigures(UUID organizationId, int year, LocalDate asOf, long organizations, Meetings meetings,
        Tasks tasks, Ratings ratings, Campaigns campaigns) {

    /** {@code byKind}: meetings held per meeting kind's name. */
    public record Meetings(long held, Map<String, Long> byKind, BigDecimal attendanceRatePercent) {
    }

    public record Tasks(long assigned, long done, long overdue) {
    }

    public record LevelCounts(long rated, long excellent, long good, long completed, long notCompleted,
            BigDecimal goodOrBetterPercent, BigDecimal excellentPercent) {
    }

    public record Ratings(LevelCounts members, LevelCounts grassrootsOrganizations, LevelCounts organizations,
            long cleanAndStrongOrganizations, long exemplaryOrganizations) {
    }

    /** Exact whole đồng, as a string. */
    public record Campaigns(String contributionsVnd) {
    }
}
