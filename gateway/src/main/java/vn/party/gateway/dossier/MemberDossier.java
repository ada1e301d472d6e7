package vn.party.gateway.dossier;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's dossier composed from the three services, one section per part. */
@Schema(name = "MemberDossier")
public record MemberDossier(
        UUID memberId,
        @Schema(description = "The year of the attendance section") int year,
        @Schema(description = "true when any section is not OK (unavailable or refused); the others are complete")
        boolean partial,
        @Schema(description = "membership: the member's record") Section profile,
        @Schema(description = "membership: status history, oldest first") Section statusHistory,
        @Schema(description = "inspection: discipline cases of the member") Section discipline,
        @Schema(description = "inspection: inspections that targeted the member") Section inspections,
        @Schema(description = "events: invitations and attendance rate in the year") Section attendance,
        @Schema(description = "events: annual ratings of the member") Section ratings,
        @Schema(description = "events: commendations of the member") Section commendations) {
}
