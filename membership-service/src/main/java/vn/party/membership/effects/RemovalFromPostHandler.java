package vn.party.membership.effects;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.MemberRemovedFromPost;
import vn.party.contracts.memberevents.MemberEventType;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.committee.service.AssignmentService.EndedPost;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;

/** Cách chức: the posts the member holds on the effective date end that day; the status stays. */
@ApplicationScoped
public class RemovalFromPostHandler implements EffectHandler<MemberRemovedFromPost> {

    @Inject
    MemberService members;

    @Inject
    AssignmentService assignments;

    @Inject
    AppliedEffects applied;

    @Override
    public Class<MemberRemovedFromPost> type() {
        return MemberRemovedFromPost.class;
    }

    @Override
    public void apply(AppliedEffect row, MemberRemovedFromPost effect, Member member) {
        String decision = EffectRules.decisionText(effect);
        List<EndedPost> ended = assignments.endHeldBy(member.id, row.effectiveDate, EffectRules.decisionRef(effect),
                "Cách chức theo " + decision);
        if (ended.isEmpty()) {
            applied.finish(row, EffectOutcome.NO_OP, "Đảng viên không giữ chức vụ nào ngày " + row.effectiveDate
                    + " (no post held on that day; nothing changed)", null, true);
            return;
        }
        members.recordChange(member.id, MemberEventType.REMOVED_FROM_POST.name(), row.effectiveDate, Map.of(
                "decisionRef", String.valueOf(EffectRules.decisionRef(effect)),
                "assignmentIds", ended.stream().map(EndedPost::assignmentId).toList()));
        applied.finish(row, EffectOutcome.APPLIED, "Cách chức" + AppliedEffects.posts(ended),
                AppliedEffects.Result.previous(null, ended), true);
    }
}
