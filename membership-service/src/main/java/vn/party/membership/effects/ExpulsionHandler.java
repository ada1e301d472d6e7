package vn.party.membership.effects;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.MemberExpelled;
import vn.party.membership.committee.service.AssignmentService;
import vn.party.membership.committee.service.AssignmentService.EndedPost;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;

/** Khai trừ: an active member becomes EXPELLED on the effective date and their posts end that day. */
@ApplicationScoped
public class ExpulsionHandler implements EffectHandler<MemberExpelled> {

    @Inject
    MemberService members;

    @Inject
    AssignmentService assignments;

    @Inject
    AppliedEffects applied;

    @Override
    public Class<MemberExpelled> type() {
        return MemberExpelled.class;
    }

    @Override
    public void apply(AppliedEffect row, MemberExpelled effect, Member member) {
        if (!member.status.isActive()) {
            applied.finish(row, EffectOutcome.NO_OP, "Đảng viên không còn sinh hoạt (" + member.status
                    + "): không thay đổi (the member is no longer active; nothing changed)", null, true);
            return;
        }
        MemberStatus previous = member.status;
        String decision = EffectRules.decisionText(effect);
        // posts first: the status change writes the change log, whose counter lock is best held briefly
        List<EndedPost> ended = assignments.endHeldBy(member.id, row.effectiveDate, EffectRules.decisionRef(effect),
                "Khai trừ theo " + decision);
        members.changeStatusByDecision(member.id, MemberStatus.EXPELLED, row.effectiveDate,
                "Khai trừ theo " + decision + " (expelled)", EffectRules.decisionRef(effect),
                AppliedEffects.provenance(row));
        applied.finish(row, EffectOutcome.APPLIED, "Khai trừ: " + previous + " → EXPELLED" + AppliedEffects.posts(ended),
                AppliedEffects.Result.previous(previous, ended), true);
    }
}
