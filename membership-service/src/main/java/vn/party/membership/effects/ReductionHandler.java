package vn.party.membership.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.DisciplineReduced;
import vn.party.membership.member.Member;

/** The decision's form reduced on complaint: what it gives back is restored ({@link Restitution}). */
@ApplicationScoped
public class ReductionHandler implements EffectHandler<DisciplineReduced> {

    @Inject
    Restitution restitution;

    @Override
    public Class<DisciplineReduced> type() {
        return DisciplineReduced.class;
    }

    @Override
    public void apply(AppliedEffect row, DisciplineReduced effect, Member member) {
        restitution.restore(row, effect, member, "Giảm hình thức kỷ luật");
    }
}
