package vn.party.gateway.report;

import java.time.LocalDate;
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
        @Schema(description = "The date every source took the subtree on (docs/architecture.md, \"Time\")") LocalDate asOf,
        @Schema(description = "What each source that answered for the year counted by: its asOf and subtree size")
        List<ReportSubtree> subtrees,
        @Schema(description = "true when every source that answered counted the same date and number of organizations")
        boolean sameSubtree,
        List<ReportSection> sections) {
}
