package vn.party.membership.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.MemberSuspensionStarts;
import vn.party.membership.member.Member;
import vn.party.membership.member.MemberService;
import vn.party.membership.member.domain.MemberStatus;

/** Đình chỉ sinh hoạt: a probationary, official or exempted member becomes SUSPENDED from the start date. */
@ApplicationScoped
public class SuspensionStartHandler implements EffectHandler<MemberSuspensionStarts> {

    @Inject
    MemberService members;

    @Inject
    AppliedEffects applied;

    @Override
    public Class<MemberSuspensionStarts> type() {
        return MemberSuspensionStarts.class;
    }

    @Override
    public void apply(AppliedEffect row, MemberSuspensionStarts effect, Member member) {
        if (!EffectRules.suspendable(member.status)) {
            applied.finish(row, EffectOutcome.NO_OP, "Không đình chỉ đảng viên ở tình trạng " + member.status
                    + " (only probationary, official or exempted members are suspended)", null, true);
            return;
        }
        MemberStatus previous = member.status;
        members.changeStatusByDecision(member.id, MemberStatus.SUSPENDED, row.effectiveDate,
                "Đình chỉ sinh hoạt đảng theo " + EffectRules.decisionText(effect) + " đến " + effect.endDate()
                        + " (suspended)", EffectRules.decisionRef(effect), AppliedEffects.provenance(row));
        applied.finish(row, EffectOutcome.APPLIED, "Đình chỉ sinh hoạt: " + previous + " → SUSPENDED",
                AppliedEffects.Result.previous(previous, null), true);
    }
}
