package vn.party.membership.transfer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** A transfer case (chuyển sinh hoạt đảng): each side is an organization of the tree or a named one outside it. */
@Entity
@Table(name = "member_transfer")
public class MemberTransfer extends VersionedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransferKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransferDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransferReason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public TransferStatus status;

    /** Null for an incoming transfer until receipt creates the member record. */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "member_name", nullable = false, length = 200)
    public String memberName;

    @Column(name = "from_organization_id")
    public UUID fromOrganizationId;

    @Column(name = "from_external_name", length = 300)
    public String fromExternalName;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    @Column(name = "to_external_name", length = 300)
    public String toExternalName;

    @Column(name = "trigger_decision_ref", length = 100)
    public String triggerDecisionRef;

    @Column(name = "trigger_decided_on")
    public LocalDate triggerDecidedOn;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "letter_number", length = 100)
    public String letterNumber;

    @Column(name = "letter_issued_on")
    public LocalDate letterIssuedOn;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(length = 1000)
    public String note;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "cancellation_reason", length = 1000)
    public String cancellationReason;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("direction", direction);
        state.put("reason", reason);
        state.put("status", status);
        state.put("memberId", memberId);
        state.put("memberName", memberName);
        state.put("fromOrganizationId", fromOrganizationId);
        state.put("fromExternalName", fromExternalName);
        state.put("toOrganizationId", toOrganizationId);
        state.put("toExternalName", toExternalName);
        state.put("triggerDecisionRef", triggerDecisionRef);
        state.put("triggerDecidedOn", triggerDecidedOn);
        state.put("requestedOn", requestedOn);
        state.put("letterNumber", letterNumber);
        state.put("letterIssuedOn", letterIssuedOn);
        state.put("startsOn", startsOn);
        state.put("endsOn", endsOn);
        state.put("note", note);
        state.put("receivedOn", receivedOn);
        state.put("cancelledOn", cancelledOn);
        state.put("cancellationReason", cancellationReason);
        return state;
    }
}
