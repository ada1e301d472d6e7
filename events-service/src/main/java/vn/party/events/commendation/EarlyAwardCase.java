package vn.party.events.commendation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** A member certified seriously ill, who may receive the party badge within the policy's early window. */
@Entity
@Table(name = "badge_early_award_case")
public class EarlyAwardCase extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "certified_on", nullable = false)
    public LocalDate certifiedOn;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("memberId", memberId);
        state.put("organizationId", organizationId);
        state.put("certifiedOn", certifiedOn.toString());
        state.put("reason", reason);
        return state;
    }
}
