package vn.party.contracts.effects;

import java.time.LocalDate;
import java.util.UUID;

/** {@value #TYPE}: the member is suspended from {@code startDate} (the delivery's effective date). */
public record MemberSuspensionStarts(UUID suspensionId, UUID memberId, String decisionNumber, LocalDate startDate,
        LocalDate endDate, int totalDays) implements SuspensionEffect {

    public static final String TYPE = "MEMBER_SUSPENSION_STARTS";

    @Override
    public String type() {
        return TYPE;
    }
}
