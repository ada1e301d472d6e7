package vn.party.events.campaign;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.party.common.persistence.VersionedEntity;

/** A member entered in a contest by their organization, with the score (exact, two decimals) and prize. */
@Entity
@Table(name = "contest_entrant")
public class ContestEntrant extends VersionedEntity {

    @Id
    public UUID id;

    @Column(name = "contest_id", nullable = false)
    public UUID contestId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "display_name", nullable = false, length = 200)
    public String displayName;

    @Column(precision = 5, scale = 2)
    public BigDecimal score;

    @Column(length = 100)
    public String prize;

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("contestId", contestId);
        state.put("memberId", memberId);
        state.put("organizationId", organizationId);
        state.put("displayName", displayName);
        state.put("score", score == null ? null : score.toPlainString());
        state.put("prize", prize);
        return state;
    }
}
