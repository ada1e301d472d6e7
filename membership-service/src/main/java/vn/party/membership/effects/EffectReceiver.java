package vn.party.membership.effects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.EffectDelivery;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.OrganizationDissolved;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.organization.Organization;

/**
 * The idempotent receiver of inspection-service's effects. Exactly once: the effect's row is inserted first with
 * {@code ON CONFLICT (id) DO NOTHING}; a second delivery of the same id (even concurrent: its insert waits for the
 * first transaction and then finds the row) changes nothing and answers with the stored outcome. A delivery that
 * fails (unknown member, bad input) rolls back with its row, so a retry is a first delivery again.
 *
 * <p>Effects dated after today are recorded as SCHEDULED and applied on their date by {@link DueEffects}. Each effect
 * type is applied by its own {@link EffectHandler} ({@link EffectHandlers}); member changes go through
 * {@link MemberService#changeStatusByDecision} (history with the decision, audit, change log). The member row is
 * locked before any other effect row is touched, in both the receiving and the scheduled path, so concurrent effects
 * of one member apply one after the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EffectReceiver {

    static final String AUDIT_TYPE = AppliedEffects.AUDIT_TYPE;

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    MemberService members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    AppliedEffects applied;

    @Inject
    EffectHandlers handlers;

    public EffectView receive(@NotNull EffectDelivery delivery) {
        DisciplineEffect effect = delivery.payload();
        if (effect.aboutMember() && delivery.memberId() == null) {
            throw ProblemException.invalidField("memberId", "bắt buộc với " + effect.type() + " (required)");
        }
        if (effect instanceof OrganizationDissolved && delivery.organizationId() == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc với " + effect.type() + " (required)");
        }
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO applied_effect (id, effect, member_id, organization_id, subject_id, effective_date,
                                                    payload, received_at, received_by, outcome, detail, proof)
                        VALUES (:id, :effect, nullif(:member, :none), nullif(:organization, :none),
                                nullif(:subject, :none), :effective, cast(:payload AS jsonb), :now, :by, 'NO_OP', '',
                                nullif(:proof, ''))
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", delivery.id())
                .setParameter("effect", effect.type())
                .setParameter("member", orNone(delivery.memberId()))
                .setParameter("organization", orNone(delivery.organizationId()))
                .setParameter("subject", orNone(EffectRules.subjectOf(effect)))
                .setParameter("effective", delivery.effectiveDate())
                .setParameter("payload", json(effect))
                .setParameter("now", clock.now())
                .setParameter("by", callerContext.caller().name())
                .setParameter("proof", delivery.proof() == null ? "" : delivery.proof().trim())
                .setParameter("none", NONE) // stands for null: a null parameter has no type to bind with
                .executeUpdate();
        if (inserted == 0) {
            // received before (possibly by a transaction that committed while this insert waited): as it was then
            return EffectView.of(AppliedEffect.findById(delivery.id()), true);
        }
        Member member = delivery.memberId() == null ? null : members.lockForDecision(delivery.memberId());
        if (delivery.organizationId() != null && effect instanceof OrganizationDissolved
                && Organization.findById(delivery.organizationId()) == null) {
            throw ProblemException.notFound("Tổ chức", delivery.organizationId());
        }
        AppliedEffect row = AppliedEffect.findById(delivery.id());
        if (EffectRules.isDue(row.effectiveDate, members.today())) {
            handlers.apply(row, effect, member);
        } else {
            schedule(row, effect);
        }
        applied.audit("RECEIVE", row);
        return EffectView.of(row, false);
    }

    /**
     * A delivery whose proof does not hold: nothing is applied, the attempt is audited (in its own transaction, which
     * the refusal does not roll back) and the caller gets 422 {@value EffectProof#RULE} on field {@code proof}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProblemException refuse(@NotNull EffectDelivery delivery, @NotNull String reason) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("effect", new AuditTrail.Change(null, delivery.effect()));
        changes.put("memberId", new AuditTrail.Change(null, delivery.memberId()));
        changes.put("organizationId", new AuditTrail.Change(null, delivery.organizationId()));
        changes.put("effectiveDate", new AuditTrail.Change(null, delivery.effectiveDate()));
        changes.put("refused", new AuditTrail.Change(null, reason));
        auditTrail.recorded("REFUSE", AUDIT_TYPE, delivery.id(), changes);
        String detail = "Không áp dụng: " + reason + " (not applied)";
        return new ProblemException(ProblemType.RULE_VIOLATION, detail,
                List.of(new Problem.FieldError(EffectProof.RULE, detail), new Problem.FieldError("proof", reason)));
    }

    /** The scheduled effects due on {@code today}, oldest date first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> dueIds(@NotNull LocalDate today) {
        return entityManager.createQuery("""
                        select e.id from AppliedEffect e where e.outcome = :scheduled and e.effectiveDate <= :today
                        order by e.effectiveDate, e.receivedAt, e.id""", UUID.class)
                .setParameter("scheduled", EffectOutcome.SCHEDULED)
                .setParameter("today", today)
                .getResultList();
    }

    /** Applies one scheduled effect in its own transaction; false when it was no longer scheduled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyScheduled(@NotNull UUID id, @NotNull LocalDate today) {
        AppliedEffect peek = AppliedEffect.findById(id);
        if (peek == null || peek.outcome != EffectOutcome.SCHEDULED) {
            return false;
        }
        Member member = peek.memberId == null ? null : members.lockForDecision(peek.memberId);
        entityManager.refresh(peek, LockModeType.PESSIMISTIC_WRITE);
        if (peek.outcome != EffectOutcome.SCHEDULED || !EffectRules.isDue(peek.effectiveDate, today)) {
            return false;
        }
        handlers.apply(peek, stored(peek), member);
        applied.audit("APPLY", peek);
        return true;
    }

    private void schedule(AppliedEffect row, DisciplineEffect effect) {
        if (effect instanceof MemberSuspensionEnds && applied.supersededEnd(row)) {
            return;
        }
        applied.finish(row, EffectOutcome.SCHEDULED, "Sẽ áp dụng ngày " + row.effectiveDate + " (applies on its date)",
                null, false);
    }

    /**
     * The effect as received, read back from its row. Rows received before the typed contract may hold fields the
     * record does not name (the receiver stored whatever came): those are ignored here, our own stored data.
     */
    private DisciplineEffect stored(AppliedEffect row) {
        Class<? extends DisciplineEffect> type = DisciplineEffect.typeNamed(row.effect).orElseThrow(
                () -> new IllegalStateException("Stored effect " + row.id + " has an unknown type " + row.effect));
        try {
            return objectMapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(row.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored effect " + row.id + " is not a " + row.effect, e);
        }
    }

    private static final UUID NONE = new UUID(0, 0);

    private static UUID orNone(UUID id) {
        return id == null ? NONE : id;
    }

    private String json(DisciplineEffect effect) {
        try {
            return objectMapper.writeValueAsString(effect);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Effect data cannot be serialized", e);
        }
    }
}
