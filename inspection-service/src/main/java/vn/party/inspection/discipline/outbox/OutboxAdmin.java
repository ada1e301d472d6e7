package vn.party.inspection.discipline.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import vn.party.common.paging.Page;
import vn.party.common.paging.PageRequest;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;

/** bloc-admin's view of the outbox: what is pending or parked, and re-queuing a parked row (audited). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class OutboxAdmin {

    static final String AUDIT_TYPE = "outbox";
    public static final String NOT_PARKED = "outbox.not-parked";

    @Inject
    EntityManager entityManager;

    @Inject
    AuditTrail auditTrail;

    /** Rows in the given states (none given: pending and parked), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page<OutboxMessage> list(Set<OutboxMessage.State> states, PageRequest page) {
        Set<OutboxMessage.State> wanted = states == null || states.isEmpty()
                ? Set.of(OutboxMessage.State.PENDING, OutboxMessage.State.PARKED) : states;
        String where = " from outbox where " + String.join(" or ", wanted.stream().map(OutboxAdmin::condition).sorted().toList());
        List<Object[]> rows = entityManager.createNativeQuery("select " + OutboxMessage.COLUMNS + where
                        + " order by created_at, effective_date, id")
                .setFirstResult(page.offset()).setMaxResults(page.size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + where).getSingleResult()).longValue();
        return Page.of(rows.stream().map(OutboxMessage::of).toList(), page, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboxMessage get(@NotNull UUID id) {
        return find(id, false);
    }

    /** A parked row becomes due again now (its attempts are kept); anything else is a 409. */
    public OutboxMessage requeue(@NotNull UUID id) {
        OutboxMessage before = find(id, true);
        if (before.state() != OutboxMessage.State.PARKED) {
            String detail = "Chỉ đưa lại hàng đợi một hiệu lực đang bị giữ lại (PARKED); hiệu lực này đang " + before.state()
                    + " (only a parked effect can be re-queued)";
            throw new ProblemException(ProblemType.CONFLICT, detail, List.of(new Problem.FieldError(NOT_PARKED, detail)));
        }
        entityManager.createNativeQuery("update outbox set parked_at = null, next_attempt_at = null where id = :id")
                .setParameter("id", id).executeUpdate();
        OutboxMessage after = find(id, false);
        auditTrail.recorded("REQUEUE", AUDIT_TYPE, id, AuditTrail.diff(auditState(before), auditState(after)));
        return after;
    }

    private static String condition(OutboxMessage.State state) {
        return switch (state) {
            case PENDING -> "(delivered_at is null and superseded_by is null and parked_at is null)";
            case PARKED -> "(delivered_at is null and superseded_by is null and parked_at is not null)";
            case DELIVERED -> "(delivered_at is not null)";
            case SUPERSEDED -> "(delivered_at is null and superseded_by is not null)";
        };
    }

    @SuppressWarnings("unchecked")
    private OutboxMessage find(UUID id, boolean lock) {
        List<Object[]> rows = entityManager.createNativeQuery("select " + OutboxMessage.COLUMNS + " from outbox where id = :id"
                        + (lock ? " for update" : ""))
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Hiệu lực chờ chuyển (outbox)", id);
        }
        return OutboxMessage.of(rows.get(0));
    }

    private static Map<String, Object> auditState(OutboxMessage m) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", m.state());
        state.put("attempts", m.attempts());
        state.put("parkedAt", m.parkedAt() == null ? null : m.parkedAt().toString());
        state.put("nextAttemptAt", m.nextAttemptAt() == null ? null : m.nextAttemptAt().toString());
        state.put("lastStatus", m.lastStatus());
        state.put("lastError", m.lastError());
        return state;
    }
}
