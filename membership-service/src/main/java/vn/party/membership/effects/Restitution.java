package vn.party.membership.effects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.ComplaintEffect;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.MemberExpelled;
import vn.party.contracts.effects.MemberRemovedFromPost;
import vn.party.contracts.effects.Restoration;
import vn.party.contracts.memberevents.MemberEventType;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;

/**
 * An annulled or reduced decision ({@link ComplaintEffect}): undo what the case's effects did, cancel those still
 * scheduled. Used by the annulment and the reduction handlers, which differ only in the words of the history.
 */
@ApplicationScoped
public class Restitution {

    @Inject
    MemberService members;

    @Inject
    AssignmentService assignments;

    @Inject
    AppliedEffects applied;

    void restore(AppliedEffect row, ComplaintEffect effect, Member member, String what) {
        Set<Restoration> restorations = EffectRules.restorations(effect);
        String reason = what + " theo " + EffectRules.decisionText(effect) + " (rights restored on complaint)";
        String ref = EffectRules.decisionRef(effect);
        List<String> done = new ArrayList<>();
        boolean changed = false;
        UUID caseId = row.subjectId;
        if (member != null && caseId != null && restorations.contains(Restoration.POST)) {
            List<UUID> restored = new ArrayList<>();
            for (Class<? extends DisciplineEffect> ending : List.of(MemberExpelled.class, MemberRemovedFromPost.class)) {
                for (AppliedEffect earlier : AppliedEffects.effectsOf(caseId, ending)) {
                    if (earlier.outcome == EffectOutcome.SCHEDULED) {
                        applied.supersede(earlier, row);
                        done.add("hủy " + DisciplineEffect.typeOf(ending) + " chưa đến ngày (pending effect cancelled)");
                    } else if (earlier.outcome == EffectOutcome.APPLIED) {
                        restored.addAll(assignments.restore(applied.endedPosts(earlier), earlier.effectiveDate));
                    }
                }
            }
            if (!restored.isEmpty()) {
                members.recordChange(member.id, MemberEventType.POST_RESTORED.name(), row.effectiveDate,
                        Map.of("decisionRef", String.valueOf(ref), "assignmentIds", restored));
                done.add("khôi phục " + restored.size() + " chức vụ (posts restored)");
                changed = true;
            }
        }
        if (member != null && caseId != null && restorations.contains(Restoration.MEMBERSHIP)) {
            for (AppliedEffect expulsion : AppliedEffects.effectsOf(caseId, MemberExpelled.class)) {
                if (expulsion.outcome == EffectOutcome.SCHEDULED) {
                    applied.supersede(expulsion, row);
                    done.add("hủy khai trừ chưa đến ngày (pending expulsion cancelled)");
                } else if (expulsion.outcome == EffectOutcome.APPLIED && member.status == MemberStatus.EXPELLED) {
                    MemberStatus back = applied.reinstate(member, expulsion, reason, ref, row);
                    done.add("EXPELLED → " + back);
                    changed = true;
                }
            }
        }
        if (member != null && restorations.contains(Restoration.SUSPENSION) && effect.endedSuspensions() != null) {
            for (UUID suspension : effect.endedSuspensions()) {
                for (AppliedEffect pending : AppliedEffect.<AppliedEffect>list(
                        "subjectId = ?1 and outcome = ?2", suspension, EffectOutcome.SCHEDULED)) {
                    applied.supersede(pending, row);
                }
                AppliedEffect start = applied.currentSuspension(member);
                if (start != null && suspension.equals(start.subjectId)) {
                    MemberStatus back = applied.reinstate(member, start, reason, ref, row);
                    done.add("SUSPENDED → " + back);
                    changed = true;
                }
            }
        }
        if (restorations.contains(Restoration.ORGANIZATION)) {
            done.add("tổ chức: đã ghi nhận, không có giải thể tự động nào để hoàn lại (organization: acknowledged)");
        }
        EffectOutcome outcome = changed ? EffectOutcome.APPLIED
                : restorations.equals(Set.of(Restoration.ORGANIZATION)) ? EffectOutcome.ACKNOWLEDGED
                : EffectOutcome.NO_OP;
        applied.finish(row, outcome, done.isEmpty() ? "Không có gì cần khôi phục (nothing to restore)"
                : String.join("; ", done), null, true);
    }
}
