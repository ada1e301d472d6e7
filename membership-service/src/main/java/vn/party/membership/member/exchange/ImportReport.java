package vn.party.membership.member.exchange;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did (or, with {@code dryRun}, would do), row by row. */
@Schema(name = "MemberImportReport")
public record ImportReport(
        @Schema(description = "csv or xlsx") String format,
        @Schema(description = "all-or-nothing or valid-rows") String mode,
        boolean dryRun,
        @Schema(description = "Data rows read (blank rows are skipped)") int totalRows,
        int validRows,
        int invalidRows,
        @Schema(description = "Members created; 0 on a dry run or a refused import") int imported,
        @Schema(description = "Headers that name no known column; their values are ignored") List<String> ignoredColumns,
        @Schema(description = "Every problem found, by row; at most " + ImportReport.MAX_ERRORS + " are listed")
        List<RowError> errors,
        @Schema(description = "How many errors were found but not listed") int errorsNotListed) {

    public static final int MAX_ERRORS = 1000;

    /**
     * One problem in one cell. {@code row} is the spreadsheet row number as Excel shows it (the header row
     * counts); {@code column} the header as written in the file; {@code cell} its address ("E17");
     * {@code field} the member field (or the rule, e.g. {@code member.probation}).
     */
    @Schema(name = "MemberImportRowError")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(int row, String column, String cell, String field, String message) {
    }

    /**
     * The 422 answer of a refused all-or-nothing import: an RFC 9457 problem whose {@code errors} carry the
     * row and column, plus the report's counts.
     */
    @Schema(name = "MemberImportProblem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refused(URI type, String title, int status, String detail, String instance, List<RowError> errors,
            int errorsNotListed, int totalRows, int validRows, int invalidRows, int imported) {
    }
}
