package vn.party.gateway.report;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One figure of the report for the year and the year before, and how it changed. */
@Schema(name = "AnnualReportRow")
public record ReportRow(
        @Schema(description = "Stable key, e.g. ratings.grassrootsOrganizations.goodOrBetterPercent") String key,
        @Schema(description = "The Vietnamese heading") String label,
        @Schema(enumeration = {"COUNT", "PERCENT", "VND"}) Unit unit,
        @Schema(description = "The year's figure; null when its source did not give it") BigDecimal value,
        @Schema(description = "The previous year's figure; null when unavailable") BigDecimal previousValue,
        @Schema(description = "value − previousValue (percentage points for percentages); null if either is missing")
        BigDecimal difference) {

    public enum Unit { COUNT, PERCENT, VND }

    static ReportRow of(String key, String label, Unit unit, BigDecimal value, BigDecimal previousValue) {
        BigDecimal difference = value == null || previousValue == null ? null : value.subtract(previousValue);
        return new ReportRow(key, label, unit, value, previousValue, difference);
    }
}
