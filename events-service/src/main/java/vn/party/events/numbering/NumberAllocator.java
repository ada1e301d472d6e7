package vn.party.events.numbering;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Sequential numbers per (issuer, series, period) without gaps or duplicates. The counter row is created or
 * incremented by one atomic statement in the caller's transaction: it stays locked until that transaction
 * ends, so concurrent callers queue behind it, and a rollback returns the number.
 */
@ApplicationScoped
public class NumberAllocator {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public int next(UUID issuerId, String series, String period) {
        Object value = entityManager.createNativeQuery("""
                INSERT INTO number_counter (issuer_id, series, period, last_number) VALUES (?1, ?2, ?3, 1)
                ON CONFLICT (issuer_id, series, period)
                DO UPDATE SET last_number = number_counter.last_number + 1
                RETURNING last_number""")
                .setParameter(1, issuerId)
                .setParameter(2, series)
                .setParameter(3, period)
                .getSingleResult();
        return ((Number) value).intValue();
    }
}
