package vn.party.events.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** An organization's contribution to a campaign, in whole đồng (exact integer, never floating point). */
@Entity
@Table(name = "campaign_contribution")
public class Contribution extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "campaign_id", nullable = false)
    public UUID campaignId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "amount_dong", nullable = false)
    public long amountDong;

    @Column(name = "contributed_on", nullable = false)
    public LocalDate contributedOn;

    @Column(length = 1000)
    public String note;

    @Column(name = "recorded_by", nullable = false, length = 200)
    public String recordedBy;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("campaignId", campaignId);
        state.put("organizationId", organizationId);
        state.put("amountDong", amountDong);
        state.put("contributedOn", contributedOn.toString());
        state.put("note", note);
        state.put("recordedBy", recordedBy);
        return state;
    }
}
