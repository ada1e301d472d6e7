package vn.party.membership.transfer;

import java.time.LocalDate;
import java.util.UUID;

public record TransferView(
        UUID id,
        TransferKind kind,
        TransferDirection direction,
        TransferReason reason,
        TransferStatus status,
        UUID memberId,
        String memberName,
        UUID fromOrganizationId,
        String fromExternalName,
        UUID toOrganizationId,
        String toExternalName,
        String triggerDecisionRef,
        LocalDate triggerDecidedOn,
        LocalDate requestedOn,
        String letterNumber,
        LocalDate letterIssuedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        String note,
        LocalDate receivedOn,
        LocalDate cancelledOn,
        String cancellationReason,
        long version) {

    public static TransferView of(MemberTransfer t) {
        return new TransferView(t.id, t.kind, t.direction, t.reason, t.status, t.memberId, t.memberName,
                t.fromOrganizationId, t.fromExternalName, t.toOrganizationId, t.toExternalName, t.triggerDecisionRef,
                t.triggerDecidedOn, t.requestedOn, t.letterNumber, t.letterIssuedOn, t.startsOn, t.endsOn, t.note,
                t.receivedOn, t.cancelledOn, t.cancellationReason, t.version);
    }
}
