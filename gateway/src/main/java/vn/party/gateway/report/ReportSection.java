package vn.party.gateway.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part of the report fed by one source; when the source did not answer, the section says so and has no rows. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AnnualReportSection")
public record ReportSection(
        String key,
        @Schema(description = "The Vietnamese heading") String title,
        @Schema(enumeration = {"membership", "inspection", "events", "commendations"}) String source,
        @Schema(enumeration = {"OK", "FORBIDDEN", "UNAVAILABLE"}) String status,
        @Schema(description = "Why the year's figures are missing: timeout | connection | upstream 5xx | upstream 4xx"
                + " | invalid response | circuit open") String reason,
        @Schema(enumeration = {"OK", "FORBIDDEN", "UNAVAILABLE"}, description = "The previous year's figures")
        String previousYearStatus,
        String previousYearReason,
        List<ReportRow> rows) {

    boolean complete() {
        return "OK".equals(status) && "OK".equals(previousYearStatus);
    }
}
