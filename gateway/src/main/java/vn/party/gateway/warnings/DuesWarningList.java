package vn.party.gateway.warnings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.common.paging.Page;
import vn.party.gateway.compose.Outcome;

/** The full removal-warning list of a subtree, composed from membership's dues half and events' absences. */
@Schema(name = "DuesWarningList")
public record DuesWarningList(
        UUID organizationId,
        int year,
        LocalDate asOf,
        @Schema(description = "The last month counted (months that ended before asOf); null in January") YearMonth lastMonthConsidered,
        @Schema(description = "Months that put a member on the list: membership's dues policy (3 when membership"
                + " could not be asked)") int threshold,
        @Schema(description = "true when a half is not OK: the list is then that of the other half only") boolean partial,
        @Schema(description = "membership: members on the roll with unpaid months reaching the threshold") Half dues,
        @Schema(description = "events: members absent without reason from the monthly cell meeting") Half attendance,
        String note,
        @Schema(description = "Members in the list order: the dues half (Vietnamese name order), then members listed"
                + " by attendance only (most absent months first)") Page<RemovalWarnings.Item> members) {

    public static final String NOTE = "Danh sách để chi bộ xem xét (có thể có lý do chính đáng), không tự động xóa tên"
            + " (a list to consider, never an automatic removal)";

    /** One half: OK, FORBIDDEN (its owner refused the caller) or UNAVAILABLE with a reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "DuesWarningHalf")
    public record Half(@Schema(enumeration = {"OK", "FORBIDDEN", "UNAVAILABLE"}) String status, String reason,
            Integer httpStatus) {

        static final Half OK = new Half("OK", null, null);

        static Half of(Outcome outcome) {
            return switch (outcome.kind()) {
                case OK -> OK;
                case REFUSED -> outcome.denied() ? new Half("FORBIDDEN", null, outcome.httpStatus())
                        : new Half("UNAVAILABLE", Outcome.UPSTREAM_4XX, outcome.httpStatus());
                case UNAVAILABLE -> new Half("UNAVAILABLE", outcome.reason(),
                        outcome.httpStatus() == 0 ? null : outcome.httpStatus());
            };
        }

        boolean ok() {
            return "OK".equals(status);
        }
    }
}
