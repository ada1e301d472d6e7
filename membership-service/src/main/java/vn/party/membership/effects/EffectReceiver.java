package vn.party.membership.effects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.CallerContext;
import vn.party.membership.changes.MemberEvents;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.committee.service.AssignmentService.EndedPost;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.StatusProvenance;
import vn.party.membership.member.domain.MemberStatus;
import vn.party.membership.organization.Organization;

/**
 * The idempotent receiver of inspection-service's effects. Exactly once: the effect's row is inserted first with
 * {@code ON CONFLICT (id) DO NOTHING}; a second delivery of the same id (even concurrent: its insert waits for the
 * first transaction and then finds the row) changes nothing and answers with the stored outcome. A delivery that
 * fails (unknown member, bad input) rolls back with its row, so a retry is a first delivery again.
 *
 * <p>Effects dated after today are recorded as SCHEDULED and applied on their date by {@link DueEffects}. Member
 * changes go through {@link MemberService#changeStatusByDecision} (history with the decision, audit, change log) and
 * {@link AssignmentService#endHeldBy}; the member row is locked before any other effect row is touched, in both the
 * receiving and the scheduled path, so concurrent effects of one member apply one after the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class EffectReceiver {

    static final String AUDIT_TYPE = "applied_effect";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    EntityManager entityManager;

    @Inject
    MemberService members;

    @Inject
    AssignmentService assignments;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CallerContext callerContext;

    @Inject
    ObjectMapper objectMapper;

    public EffectView receive(@NotNull @Valid EffectRequests.Delivery delivery) {
        EffectKind kind = EffectKind.parse(delivery.effect()).orElseThrow(() -> new ProblemException(
                ProblemType.RULE_VIOLATION, "Hiệu lực không được hỗ trợ: " + delivery.effect() + " (unknown effect)",
                List.of(new Problem.FieldError("effect", "không thuộc " + List.of(EffectKind.values())
                        + " (unknown effect)"))));
        Map<String, Object> payload = delivery.payload() == null ? Map.of() : delivery.payload();
        if (kind.needsMember() && delivery.memberId() == null) {
            throw ProblemException.invalidField("memberId", "bắt buộc với " + kind + " (required)");
        }
        if (kind == EffectKind.ORGANIZATION_DISSOLVED && delivery.organizationId() == null) {
            throw ProblemException.invalidField("organizationId", "bắt buộc với " + kind + " (required)");
        }
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO applied_effect (id, effect, member_id, organization_id, subject_id, effective_date,
                                                    payload, received_at, received_by, outcome, detail, proof)
                        VALUES (:id, :effect, nullif(:member, :none), nullif(:organization, :none),
                                nullif(:subject, :none), :effective, cast(:payload AS jsonb), :now, :by, 'NO_OP', '',
                                nullif(:proof, ''))
                        ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", delivery.id())
                .setParameter("effect", kind.name())
                .setParameter("member", orNone(delivery.memberId()))
                .setParameter("organization", orNone(delivery.organizationId()))
                .setParameter("subject", orNone(EffectRules.subjectOf(kind, payload)))
                .setParameter("effective", delivery.effectiveDate())
                .setParameter("payload", json(payload))
                .setParameter("now", Instant.now())
                .setParameter("by", callerContext.caller().name())
                .setParameter("proof", delivery.proof() == null ? "" : delivery.proof().trim())
                .setParameter("none", NONE) // stands for null: a null parameter has no type to bind with
                .executeUpdate();
        if (inserted == 0) {
            // received before (possibly by a transaction that committed while this insert waited): as it was then
            return EffectView.of(AppliedEffect.findById(delivery.id()), true);
        }
        Member member = delivery.memberId() == null ? null : members.lockForDecision(delivery.memberId());
        if (delivery.organizationId() != null && kind == EffectKind.ORGANIZATION_DISSOLVED
                && Organization.findById(delivery.organizationId()) == null) {
            throw ProblemException.notFound("Tổ chức", delivery.organizationId());
        }
        AppliedEffect effect = AppliedEffect.findById(delivery.id());
        if (EffectRules.isDue(effect.effectiveDate, LocalDate.now(members.today()))) {
            apply(effect, kind, payload, member);
        } else {
            schedule(effect, kind);
        }
        audit("RECEIVE", effect);
        return EffectView.of(effect, false);
    }

    /**
     * A delivery whose proof does not hold: nothing is applied, the attempt is audited (in its own transaction, which
     * the refusal does not roll back) and the caller gets 422 {@value EffectProof#RULE} on field {@code proof}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ProblemException refuse(@NotNull EffectRequests.Delivery delivery, @NotNull String reason) {
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
        apply(peek, EffectKind.valueOf(peek.effect), read(peek.payload), member);
        audit("APPLY", peek);
        return true;
    }

    private void schedule(AppliedEffect effect, EffectKind kind) {
        if (kind == EffectKind.MEMBER_SUSPENSION_ENDS && supersededEnd(effect)) {
            return;
        }
        finish(effect, EffectOutcome.SCHEDULED, "Sẽ áp dụng ngày " + effect.effectiveDate + " (applies on its date)",
                null, false);
    }

    private void apply(AppliedEffect effect, EffectKind kind, Map<String, Object> payload, Member member) {
        switch (kind) {
            case MEMBER_EXPELLED -> expel(effect, payload, member);
            case MEMBER_SUSPENSION_STARTS -> suspend(effect, payload, member);
            case MEMBER_SUSPENSION_ENDS -> endSuspension(effect, payload, member);
            case MEMBER_REMOVED_FROM_POST -> removeFromPost(effect, payload, member);
            case DISCIPLINE_ANNULLED, DISCIPLINE_REDUCED -> restore(effect, kind, payload, member);
            case ORGANIZATION_DISSOLVED -> finish(effect, EffectOutcome.ACKNOWLEDGED, "Đã ghi nhận quyết định giải tán"
                    + " (" + EffectRules.decisionText(payload) + "); tổ chức không tự động bị giải thể: Văn phòng thực"
                    + " hiện thủ tục giải thể (acknowledged; no automatic dissolution: use the dissolve operation)",
                    null, true);
        }
    }

    private void expel(AppliedEffect effect, Map<String, Object> payload, Member member) {
        if (!member.status.isActive()) {
            finish(effect, EffectOutcome.NO_OP, "Đảng viên không còn sinh hoạt (" + member.status + "): không thay đổi"
                    + " (the member is no longer active; nothing changed)", null, true);
            return;
        }
        MemberStatus previous = member.status;
        String decision = EffectRules.decisionText(payload);
        // posts first: the status change writes the change log, whose counter lock is best held briefly
        List<EndedPost> ended = assignments.endHeldBy(member.id, effect.effectiveDate, EffectRules.decisionRef(payload),
                "Khai trừ theo " + decision);
        members.changeStatusByDecision(member.id, MemberStatus.EXPELLED, effect.effectiveDate,
                "Khai trừ theo " + decision + " (expelled)", EffectRules.decisionRef(payload), provenance(effect));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("previousStatus", previous);
        result.put("endedPosts", ended);
        finish(effect, EffectOutcome.APPLIED, "Khai trừ: " + previous + " → EXPELLED" + posts(ended), result, true);
    }

    private void suspend(AppliedEffect effect, Map<String, Object> payload, Member member) {
        if (!EffectRules.suspendable(member.status)) {
            finish(effect, EffectOutcome.NO_OP, "Không đình chỉ đảng viên ở tình trạng " + member.status
                    + " (only probationary, official or exempted members are suspended)", null, true);
            return;
        }
        MemberStatus previous = member.status;
        members.changeStatusByDecision(member.id, MemberStatus.SUSPENDED, effect.effectiveDate,
                "Đình chỉ sinh hoạt đảng theo " + EffectRules.decisionText(payload) + " đến "
                        + EffectRules.string(payload, "endDate") + " (suspended)", EffectRules.decisionRef(payload),
                provenance(effect));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("previousStatus", previous);
        finish(effect, EffectOutcome.APPLIED, "Đình chỉ sinh hoạt: " + previous + " → SUSPENDED", result, true);
    }

    private void endSuspension(AppliedEffect effect, Map<String, Object> payload, Member member) {
        if (supersededEnd(effect)) {
            return;
        }
        AppliedEffect start = currentSuspension(member);
        if (start == null || !start.subjectId.equals(effect.subjectId)) {
            finish(effect, EffectOutcome.NO_OP, "Đảng viên không đang bị đình chỉ bởi quyết định này (" + member.status
                    + "): không thay đổi (the member is not suspended by this suspension; nothing changed)", null, true);
            return;
        }
        MemberStatus back = reinstate(member, start, "Hết thời hạn đình chỉ sinh hoạt theo "
                + EffectRules.decisionText(payload) + " (suspension ended)", EffectRules.decisionRef(payload),
                effect);
        finish(effect, EffectOutcome.APPLIED, "Hết đình chỉ: SUSPENDED → " + back, Map.of("restoredStatus", back), true);
    }

    private void removeFromPost(AppliedEffect effect, Map<String, Object> payload, Member member) {
        String decision = EffectRules.decisionText(payload);
        List<EndedPost> ended = assignments.endHeldBy(member.id, effect.effectiveDate, EffectRules.decisionRef(payload),
                "Cách chức theo " + decision);
        if (ended.isEmpty()) {
            finish(effect, EffectOutcome.NO_OP, "Đảng viên không giữ chức vụ nào ngày " + effect.effectiveDate
                    + " (no post held on that day; nothing changed)", null, true);
            return;
        }
        members.recordChange(member.id, MemberEvents.REMOVED_FROM_POST, effect.effectiveDate, Map.of(
                "decisionRef", String.valueOf(EffectRules.decisionRef(payload)),
                "assignmentIds", ended.stream().map(EndedPost::assignmentId).toList()));
        finish(effect, EffectOutcome.APPLIED, "Cách chức" + posts(ended), Map.of("endedPosts", ended), true);
    }

    /** An annulled or reduced decision: undo what its effects did, cancel those still scheduled. */
    private void restore(AppliedEffect effect, EffectKind kind, Map<String, Object> payload, Member member) {
        Set<EffectRules.Restoration> restorations = EffectRules.restorations(payload);
        String reason = (kind == EffectKind.DISCIPLINE_ANNULLED ? "Hủy quyết định kỷ luật" : "Giảm hình thức kỷ luật")
                + " theo " + EffectRules.decisionText(payload) + " (rights restored on complaint)";
        String ref = EffectRules.decisionRef(payload);
        List<String> done = new ArrayList<>();
        boolean changed = false;
        UUID caseId = effect.subjectId;
        if (member != null && caseId != null && restorations.contains(EffectRules.Restoration.POST)) {
            List<UUID> restored = new ArrayList<>();
            for (EffectKind ending : List.of(EffectKind.MEMBER_EXPELLED, EffectKind.MEMBER_REMOVED_FROM_POST)) {
                for (AppliedEffect earlier : effectsOf(caseId, ending)) {
                    if (earlier.outcome == EffectOutcome.SCHEDULED) {
                        supersede(earlier, effect);
                        done.add("hủy " + ending + " chưa đến ngày (pending effect cancelled)");
                    } else if (earlier.outcome == EffectOutcome.APPLIED) {
                        restored.addAll(assignments.restore(endedPosts(earlier), earlier.effectiveDate));
                    }
                }
            }
            if (!restored.isEmpty()) {
                members.recordChange(member.id, MemberEvents.POST_RESTORED, effect.effectiveDate,
                        Map.of("decisionRef", String.valueOf(ref), "assignmentIds", restored));
                done.add("khôi phục " + restored.size() + " chức vụ (posts restored)");
                changed = true;
            }
        }
        if (member != null && caseId != null && restorations.contains(EffectRules.Restoration.MEMBERSHIP)) {
            for (AppliedEffect expulsion : effectsOf(caseId, EffectKind.MEMBER_EXPELLED)) {
                if (expulsion.outcome == EffectOutcome.SCHEDULED) {
                    supersede(expulsion, effect);
                    done.add("hủy khai trừ chưa đến ngày (pending expulsion cancelled)");
                } else if (expulsion.outcome == EffectOutcome.APPLIED && member.status == MemberStatus.EXPELLED) {
                    MemberStatus back = reinstate(member, expulsion, reason, ref, effect);
                    done.add("EXPELLED → " + back);
                    changed = true;
                }
            }
        }
        if (member != null && restorations.contains(EffectRules.Restoration.SUSPENSION)) {
            for (UUID suspension : EffectRules.uuids(payload, "endedSuspensions")) {
                for (AppliedEffect pending : AppliedEffect.<AppliedEffect>list(
                        "subjectId = ?1 and outcome = ?2", suspension, EffectOutcome.SCHEDULED)) {
                    supersede(pending, effect);
                }
                AppliedEffect start = currentSuspension(member);
                if (start != null && suspension.equals(start.subjectId)) {
                    MemberStatus back = reinstate(member, start, reason, ref, effect);
                    done.add("SUSPENDED → " + back);
                    changed = true;
                }
            }
        }
        if (restorations.contains(EffectRules.Restoration.ORGANIZATION)) {
            done.add("tổ chức: đã ghi nhận, không có giải thể tự động nào để hoàn lại (organization: acknowledged)");
        }
        EffectOutcome outcome = changed ? EffectOutcome.APPLIED
                : restorations.equals(Set.of(EffectRules.Restoration.ORGANIZATION)) ? EffectOutcome.ACKNOWLEDGED
                : EffectOutcome.NO_OP;
        finish(effect, outcome, done.isEmpty() ? "Không có gì cần khôi phục (nothing to restore)"
                : String.join("; ", done), null, true);
    }

    /** Back to the status recorded before {@code cause} was applied (its result's previousStatus), by {@code by}. */
    private MemberStatus reinstate(Member member, AppliedEffect cause, String reason, String decisionRef,
            AppliedEffect by) {
        Object before = read(cause.result).get("previousStatus");
        MemberStatus previous = before == null ? null : MemberStatus.valueOf(before.toString());
        MemberStatus back = EffectRules.restoredStatus(previous, member.officialDate != null);
        members.changeStatusByDecision(member.id, back, by.effectiveDate, reason, decisionRef, provenance(by));
        return back;
    }

    /** The status entry names the effect and inspection's decision (its case or suspension). */
    private static StatusProvenance provenance(AppliedEffect effect) {
        return StatusProvenance.decision(effect.id, effect.subjectId);
    }

    /** The suspension start that put the member in their current SUSPENDED status; null when not suspended. */
    private AppliedEffect currentSuspension(Member member) {
        if (member.status != MemberStatus.SUSPENDED) {
            return null;
        }
        return AppliedEffect.<AppliedEffect>find("memberId = ?1 and effect = ?2 and outcome = ?3"
                        + " order by appliedAt desc, receivedAt desc", member.id,
                EffectKind.MEMBER_SUSPENSION_STARTS.name(), EffectOutcome.APPLIED).firstResult();
    }

    /**
     * An extended suspension has several ends; only the latest counts. True (and recorded) when another end of the
     * same suspension is dated later; otherwise earlier ends still waiting are superseded by this one.
     */
    private boolean supersededEnd(AppliedEffect end) {
        if (end.subjectId == null) {
            return false;
        }
        List<AppliedEffect> others = AppliedEffect.list("subjectId = ?1 and effect = ?2 and id <> ?3 and outcome <> ?4",
                end.subjectId, EffectKind.MEMBER_SUSPENSION_ENDS.name(), end.id, EffectOutcome.SUPERSEDED);
        for (AppliedEffect other : others) {
            if (other.effectiveDate.isAfter(end.effectiveDate)) {
                finish(end, EffectOutcome.SUPERSEDED, "Thay bằng ngày kết thúc " + other.effectiveDate + " (gia hạn)"
                        + " (superseded by the later end of an extended suspension)", null, false);
                return true;
            }
        }
        for (AppliedEffect other : others) {
            if (other.outcome == EffectOutcome.SCHEDULED) {
                supersede(other, end);
            }
        }
        return false;
    }

    private void supersede(AppliedEffect pending, AppliedEffect by) {
        entityManager.refresh(pending, LockModeType.PESSIMISTIC_WRITE);
        if (pending.outcome == EffectOutcome.SCHEDULED) {
            finish(pending, EffectOutcome.SUPERSEDED, "Thay thế bởi " + by.effect + " " + by.id + " (superseded)",
                    null, false);
            audit("SUPERSEDE", pending);
        }
    }

    private static List<AppliedEffect> effectsOf(UUID caseId, EffectKind kind) {
        return AppliedEffect.list("subjectId = ?1 and effect = ?2 order by receivedAt, id", caseId, kind.name());
    }

    private List<EndedPost> endedPosts(AppliedEffect effect) {
        List<EndedPost> posts = new ArrayList<>();
        if (read(effect.result).get("endedPosts") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> post && post.get("assignmentId") != null) {
                    Object to = post.get("previousToDate");
                    posts.add(new EndedPost(UUID.fromString(post.get("assignmentId").toString()),
                            to == null ? null : LocalDate.parse(to.toString())));
                }
            }
        }
        return posts;
    }

    private void finish(AppliedEffect effect, EffectOutcome outcome, String detail, Map<String, ?> result,
            boolean applied) {
        effect.outcome = outcome;
        effect.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        effect.result = result == null ? null : json(result);
        effect.appliedAt = applied ? Instant.now() : null;
        entityManager.flush();
    }

    private void audit(String action, AppliedEffect effect) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("effect", new AuditTrail.Change(null, effect.effect));
        changes.put("memberId", new AuditTrail.Change(null, effect.memberId));
        changes.put("organizationId", new AuditTrail.Change(null, effect.organizationId));
        changes.put("effectiveDate", new AuditTrail.Change(null, effect.effectiveDate));
        changes.put("outcome", new AuditTrail.Change(null, effect.outcome));
        changes.put("detail", new AuditTrail.Change(null, effect.detail));
        auditTrail.recorded(action, AUDIT_TYPE, effect.id, changes);
    }

    private static String posts(List<EndedPost> ended) {
        return ended.isEmpty() ? "" : "; thôi " + ended.size() + " chức vụ (" + ended.size() + " post(s) ended)";
    }

    private static final UUID NONE = new UUID(0, 0);

    private static UUID orNone(UUID id) {
        return id == null ? NONE : id;
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Effect data cannot be serialized", e);
        }
    }

    private Map<String, Object> read(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return objectMapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored effect data is not JSON", e);
        }
    }
}
