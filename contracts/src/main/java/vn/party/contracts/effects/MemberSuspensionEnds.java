package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@value #TYPE}: the suspension ends on {@code endDate} (the delivery's effective date) and the member gets back the
 * status they had. An extension sends a new end with the extension's decision number; only the latest end counts.
 *
 * @param extensionDecisionNumber the extension's decision; absent (not null) from the JSON of an end never extended
 */
public record MemberSuspensionEnds(UUID suspensionId, UUID memberId, String decisionNumber, LocalDate startDate,
        LocalDate endDate, int totalDays,
        @JsonInclude(JsonInclude.Include.NON_NULL) String extensionDecisionNumber) implements SuspensionEffect {

    public static final String TYPE = "MEMBER_SUSPENSION_ENDS";

    @Override
    public String type() {
        return TYPE;
    }
}
