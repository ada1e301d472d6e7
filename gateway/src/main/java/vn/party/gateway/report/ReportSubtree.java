package vn.party.gateway.report;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one source counted the report year by: the date its subtree was taken on and how many organizations it held. */
@Schema(name = "ReportSubtree")
public record ReportSubtree(
        String source,
        LocalDate asOf,
        @Schema(description = "0 when the source did not say") long organizations) {
}
