package vn.party.inspection.discipline.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.time.PartyClock;
import vn.party.inspection.discipline.DisciplineCase;

/**
 * Records changes of decided discipline decisions in an ordered feed, in the transaction of the change. Each change
 * takes the next number from the single counter row; the row stays locked until that transaction ends, so numbers
 * commit in order and a rolled-back number is handed out again: readers never see a gap that fills in later, nor a
 * duplicate. Decisions are a handful a year, so serializing their last step on one row costs nothing.
 */
@ApplicationScoped
public class DecisionChanges {

    public enum Change {
        UPSERT,
        DELETE
    }

    /** One change as stored; {@code data} is JSON text (null for DELETE). */
    public record Entry(long sequence, UUID caseId, Change change, String data, Instant recordedAt) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    ObjectMapper objectMapper;

    /** A decision recorded or revised (reduced): its current non-sensitive fields. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long upsert(DisciplineCase c) {
        return record(c.id, Change.UPSERT, json(data(c)));
    }

    /** A decision annulled: it no longer stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long delete(DisciplineCase c) {
        return record(c.id, Change.DELETE, null);
    }

    /**
     * Changes after {@code since}, oldest first, at most {@code limit}; only cases in {@code organizationId}'s subtree
     * (as recorded when each case was opened) unless it is null (the whole bloc).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Entry> after(long since, int limit, UUID organizationId) {
        String sql = "select ch.sequence, ch.case_id, ch.change, cast(ch.data as text), ch.recorded_at"
                + " from discipline_decision_change ch where ch.sequence > :since"
                + (organizationId == null ? "" : " and exists (select 1 from discipline_case_scope s"
                        + " where s.case_id = ch.case_id and s.organization_id = :org)")
                + " order by ch.sequence limit :limit";
        var query = entityManager.createNativeQuery(sql).setParameter("since", since).setParameter("limit", limit);
        if (organizationId != null) {
            query.setParameter("org", organizationId);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new Entry(((Number) row[0]).longValue(), (UUID) row[1], Change.valueOf((String) row[2]),
                        (String) row[3], toInstant(row[4])))
                .toList();
    }

    private long record(UUID caseId, Change change, String data) {
        // the row lock taken here is held until this transaction commits or rolls back
        entityManager.createNativeQuery("update discipline_change_counter set last_sequence = last_sequence + 1 where id = 1")
                .executeUpdate();
        long sequence = ((Number) entityManager.createNativeQuery(
                "select last_sequence from discipline_change_counter where id = 1").getSingleResult()).longValue();
        entityManager.createNativeQuery("""
                insert into discipline_decision_change (sequence, case_id, change, data, recorded_at)
                values (:sequence, :case, :change, cast(:data as jsonb), :now)""")
                .setParameter("sequence", sequence)
                .setParameter("case", caseId)
                .setParameter("change", change.name())
                .setParameter("data", data)
                .setParameter("now", clock.now())
                .executeUpdate();
        return sequence;
    }

    /** What provincial systems may see of a decision: no violation text, no votes. */
    static Map<String, Object> data(DisciplineCase c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", c.id);
        data.put("targetKind", c.targetKind);
        data.put("memberId", c.targetMemberId);
        data.put("organizationId", c.scopeOrganizationId);
        data.put("form", c.currentForm());
        data.put("decidedForm", c.decidedForm);
        data.put("decisionNumber", c.decisionNumber);
        data.put("decisionDate", str(c.decisionDate));
        data.put("effectiveDate", str(c.effectiveDate));
        data.put("decidingBodyKind", c.decidingBodyKind);
        data.put("decidingOrganizationId", c.decidingOrganizationId);
        return data;
    }

    private String json(Map<String, Object> data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision change cannot be serialized", e);
        }
    }

    private static String str(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value == null ? null : ((java.time.ZonedDateTime) value).toInstant();
    }
}
