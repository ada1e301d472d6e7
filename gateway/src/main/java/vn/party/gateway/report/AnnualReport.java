package vn.party.gateway.report;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The year-end report of an organization's subtree, with the previous year's figures beside each. */
@Schema(name = "AnnualReport")
public record AnnualReport(
        UUID organizationId,
        int year,
        int previousYear,
        @Schema(description = "true when any source did not answer for either year: its sections say which and why")
        boolean partial,
        List<ReportSection> sections) {
}
