package vn.party.inspection.discipline.outbox;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineEffect;

/**
 * Records an effect membership-service must apply (one of the {@link DisciplineEffect} records: expulsion, removal
 * from post, dissolution, suspension start/end, annulment, reduction) in the transaction of the decision that causes
 * it. The row's {@code effect} is the record's wire name and its {@code payload} the record's JSON, exactly what
 * {@link OutboxRelay} delivers once the effective date has come; until then the row stays pending.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    ObjectMapper objectMapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String aggregateType, UUID aggregateId, DisciplineEffect effect, UUID memberId,
            UUID organizationId, LocalDate effectiveDate) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("""
                insert into outbox (id, aggregate_type, aggregate_id, effect, member_id, organization_id, effective_date,
                                    payload, created_at)
                values (:id, :type, :aggregate, :effect, :member, :organization, :effective, cast(:payload as jsonb), :now)""")
                .setParameter("id", id)
                .setParameter("type", aggregateType)
                .setParameter("aggregate", aggregateId)
                .setParameter("effect", effect.type())
                .setParameter("member", memberId)
                .setParameter("organization", organizationId)
                .setParameter("effective", effectiveDate)
                .setParameter("payload", json(effect))
                .setParameter("now", clock.now())
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
    public int supersedePending(UUID aggregateId, Class<? extends DisciplineEffect> effect, UUID by) {
        return entityManager.createNativeQuery("""
                update outbox set superseded_by = :by
                where aggregate_id = :aggregate and effect = :effect and id <> :by
                  and delivered_at is null and superseded_by is null""")
                .setParameter("by", by)
                .setParameter("aggregate", aggregateId)
                .setParameter("effect", DisciplineEffect.typeOf(effect))
                .executeUpdate();
    }

    private String json(DisciplineEffect effect) {
        try {
            return objectMapper.writeValueAsString(effect);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox payload cannot be serialized", e);
        }
    }
}
