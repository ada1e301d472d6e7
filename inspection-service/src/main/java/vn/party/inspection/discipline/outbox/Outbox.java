package vn.party.inspection.discipline.outbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Records an effect membership-service must apply (expulsion, removal from post, suspension start/end) in the
 * transaction of the decision that causes it. {@link OutboxRelay} delivers the rows once their effective date has
 * come; until then they stay pending.
 */
@ApplicationScoped
public class Outbox {

    public static final String EXPULSION = "MEMBER_EXPELLED";
    public static final String REMOVAL_FROM_POST = "MEMBER_REMOVED_FROM_POST";
    public static final String SUSPENSION_START = "MEMBER_SUSPENSION_STARTS";
    public static final String SUSPENSION_END = "MEMBER_SUSPENSION_ENDS";
    public static final String ORGANIZATION_DISSOLVED = "ORGANIZATION_DISSOLVED";
    public static final String DISCIPLINE_REDUCED = "DISCIPLINE_REDUCED";
    public static final String DISCIPLINE_ANNULLED = "DISCIPLINE_ANNULLED";

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, UUID aggregateId, String effect, UUID memberId, UUID organizationId,
            LocalDate effectiveDate, Map<String, ?> payload) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox (id, aggregate_type, aggregate_id, effect, member_id, organization_id, effective_date,
                                    payload, created_at)
                values (:id, :type, :aggregate, :effect, :member, :organization, :effective, cast(:payload as jsonb), :now)""")
                .setParameter("id", id)
                .setParameter("type", aggregateType)
                .setParameter("aggregate", aggregateId)
                .setParameter("effect", effect)
                .setParameter("member", memberId)
                .setParameter("organization", organizationId)
                .setParameter("effective", effectiveDate)
                .setParameter("payload", json(payload))
                .setParameter("now", Instant.now())
                .executeUpdate();
        return id;
    }

    /**
     * Marks the earlier undelivered rows of the same aggregate and effect as replaced by {@code by}, in the caller's
     * transaction: they are never sent (an extension moves a suspension's end; only the latest end is delivered).
     * A row the relay is sending right now is locked: this waits for it, then leaves it alone once delivered.
     *
     * @return how many rows were superseded
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supersedePending(UUID aggregateId, String effect, UUID by) {
        return entityManager.createNativeQuery("""
                update outbox set superseded_by = :by
                where aggregate_id = :aggregate and effect = :effect and id <> :by
                  and delivered_at is null and superseded_by is null""")
                .setParameter("by", by)
                .setParameter("aggregate", aggregateId)
                .setParameter("effect", effect)
                .executeUpdate();
    }

    private String json(Map<String, ?> payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload cannot be serialized", e);
        }
    }
}
