package vn.party.membership.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.MemberSuspensionEnds;
import vn.party.membership.member.Member;
import vn.party.membership.member.domain.MemberStatus;

/**
 * The end of a suspension: the member gets back the status they had before it, if this suspension is the one that
 * holds them; an end replaced by a later one (an extension) is superseded.
 */
@ApplicationScoped
public class SuspensionEndHandler implements EffectHandler<MemberSuspensionEnds> {

    @Inject
    AppliedEffects applied;

    @Override
    public Class<MemberSuspensionEnds> type() {
        return MemberSuspensionEnds.class;
    }

    @Override
    public void apply(AppliedEffect row, MemberSuspensionEnds effect, Member member) {
        if (applied.supersededEnd(row)) {
            return;
        }
        AppliedEffect start = applied.currentSuspension(member);
        if (start == null || !start.subjectId.equals(row.subjectId)) {
            applied.finish(row, EffectOutcome.NO_OP, "Đảng viên không đang bị đình chỉ bởi quyết định này ("
                    + member.status + "): không thay đổi (the member is not suspended by this suspension; nothing"
                    + " changed)", null, true);
            return;
        }
        MemberStatus back = applied.reinstate(member, start, "Hết thời hạn đình chỉ sinh hoạt theo "
                + EffectRules.decisionText(effect) + " (suspension ended)", EffectRules.decisionRef(effect), row);
        applied.finish(row, EffectOutcome.APPLIED, "Hết đình chỉ: SUSPENDED → " + back,
                new AppliedEffects.Result(null, null, back), true);
    }
}
