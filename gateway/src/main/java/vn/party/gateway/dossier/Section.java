package vn.party.gateway.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.party.gateway.compose.Outcome;

/** One part of a composed answer: the owning service's JSON as it answered, or why it is missing. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DossierSection", description = "A section of the dossier: {status: OK, data} with the service's JSON"
        + " as-is, {status: FORBIDDEN, httpStatus} when the owning service refused the caller this part, or"
        + " {status: UNAVAILABLE, reason} with reason timeout | connection | upstream 5xx | upstream 4xx |"
        + " invalid response | circuit open")
public record Section(
        @Schema(enumeration = {"OK", "FORBIDDEN", "UNAVAILABLE"}) String status,
        @Schema(type = SchemaType.OBJECT, description = "The owning service's JSON, unchanged (an object, or an"
                + " array for statusHistory)") JsonNode data,
        String reason,
        @Schema(description = "The service's HTTP status when it answered with an error") Integer httpStatus) {

    public static final String OK = "OK";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String UNAVAILABLE = "UNAVAILABLE";

    public static Section of(Outcome outcome) {
        return switch (outcome.kind()) {
            case OK -> new Section(OK, outcome.body(), null, null);
            case REFUSED -> outcome.denied()
                    ? new Section(FORBIDDEN, null, null, outcome.httpStatus())
                    : new Section(UNAVAILABLE, null, Outcome.UPSTREAM_4XX, outcome.httpStatus());
            case UNAVAILABLE -> new Section(UNAVAILABLE, null, outcome.reason(),
                    outcome.httpStatus() == 0 ? null : outcome.httpStatus());
        };
    }

    public boolean ok() {
        return OK.equals(status);
    }
}
