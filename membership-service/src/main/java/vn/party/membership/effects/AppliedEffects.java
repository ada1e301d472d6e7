package vn.party.membership.effects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.contracts.effects.MemberSuspensionStarts;
import vn.party.membership.committee.service.AssignmentService.EndedPost;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.StatusProvenance;
import vn.party.membership.member.domain.MemberStatus;

/**
 * What the effect handlers share about received effects: recording an outcome, superseding a pending effect, the
 * earlier effects of a case or a suspension, and giving a member back the status an earlier effect took away. Runs in
 * the caller's transaction.
 */
@ApplicationScoped
public class AppliedEffects {

    static final String AUDIT_TYPE = "applied_effect";

    /** What applying an effect did, stored as its {@code result} (absent parts left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(MemberStatus previousStatus, List<EndedPost> endedPosts, MemberStatus restoredStatus) {

        static Result previous(MemberStatus status, List<EndedPost> ended) {
            return new Result(status, ended, null);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    MemberService members;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ObjectMapper objectMapper;

    /** Records the outcome of {@code effect}; {@code applied} stamps the time it was applied. */
    public void finish(AppliedEffect effect, EffectOutcome outcome, String detail, Result result, boolean applied) {
        effect.outcome = outcome;
        effect.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        effect.result = result == null ? null : json(result);
        effect.appliedAt = applied ? clock.now() : null;
        entityManager.flush();
    }

    public void audit(String action, AppliedEffect effect) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("effect", new AuditTrail.Change(null, effect.effect));
        changes.put("memberId", new AuditTrail.Change(null, effect.memberId));
        changes.put("organizationId", new AuditTrail.Change(null, effect.organizationId));
        changes.put("effectiveDate", new AuditTrail.Change(null, effect.effectiveDate));
        changes.put("outcome", new AuditTrail.Change(null, effect.outcome));
        changes.put("detail", new AuditTrail.Change(null, effect.detail));
        auditTrail.recorded(action, AUDIT_TYPE, effect.id, changes);
    }

    /** A scheduled effect replaced by {@code by} before its date: it never applies. */
    public void supersede(AppliedEffect pending, AppliedEffect by) {
        entityManager.refresh(pending, LockModeType.PESSIMISTIC_WRITE);
        if (pending.outcome == EffectOutcome.SCHEDULED) {
            finish(pending, EffectOutcome.SUPERSEDED, "Thay thế bởi " + by.effect + " " + by.id + " (superseded)",
                    null, false);
            audit("SUPERSEDE", pending);
        }
    }

    /** Back to the status recorded before {@code cause} was applied (its result's previousStatus), by {@code by}. */
    public MemberStatus reinstate(Member member, AppliedEffect cause, String reason, String decisionRef,
            AppliedEffect by) {
        Result before = result(cause);
        MemberStatus previous = before == null ? null : before.previousStatus();
        MemberStatus back = EffectRules.restoredStatus(previous, member.officialDate != null);
        members.changeStatusByDecision(member.id, back, by.effectiveDate, reason, decisionRef, provenance(by));
        return back;
    }

    /** The status entry names the effect and inspection's decision (its case or suspension). */
    public static StatusProvenance provenance(AppliedEffect effect) {
        return StatusProvenance.decision(effect.id, effect.subjectId);
    }

    /** The suspension start that put the member in their current SUSPENDED status; null when not suspended. */
    public AppliedEffect currentSuspension(Member member) {
        if (member.status != MemberStatus.SUSPENDED) {
            return null;
        }
        return AppliedEffect.<AppliedEffect>find("memberId = ?1 and effect = ?2 and outcome = ?3"
                        + " order by appliedAt desc, receivedAt desc", member.id,
                MemberSuspensionStarts.TYPE, EffectOutcome.APPLIED).firstResult();
    }

    /**
     * An extended suspension has several ends; only the latest counts. True (and recorded) when another end of the
     * same suspension is dated later; otherwise earlier ends still waiting are superseded by this one.
     */
    public boolean supersededEnd(AppliedEffect end) {
        if (end.subjectId == null) {
            return false;
        }
        List<AppliedEffect> others = AppliedEffect.list("subjectId = ?1 and effect = ?2 and id <> ?3 and outcome <> ?4",
                end.subjectId, MemberSuspensionEnds.TYPE, end.id, EffectOutcome.SUPERSEDED);
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

    /** The effects of {@code type} received about a discipline case, oldest first. */
    public static List<AppliedEffect> effectsOf(UUID caseId, Class<? extends DisciplineEffect> type) {
        return AppliedEffect.list("subjectId = ?1 and effect = ?2 order by receivedAt, id", caseId,
                DisciplineEffect.typeOf(type));
    }

    /** The posts an applied effect ended (to give back). */
    public List<EndedPost> endedPosts(AppliedEffect effect) {
        Result result = result(effect);
        return result == null || result.endedPosts() == null ? List.of() : new ArrayList<>(result.endedPosts());
    }

    public static String posts(List<EndedPost> ended) {
        return ended.isEmpty() ? "" : "; thôi " + ended.size() + " chức vụ (" + ended.size() + " post(s) ended)";
    }

    private Result result(AppliedEffect effect) {
        if (effect.result == null) {
            return null;
        }
        try {
            // results written before this record had no restoredStatus etc.: absent fields read as null
            return objectMapper.readerFor(Result.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(effect.result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored effect result is not JSON", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Effect data cannot be serialized", e);
        }
    }
}
