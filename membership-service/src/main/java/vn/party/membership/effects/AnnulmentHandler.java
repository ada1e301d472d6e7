package vn.party.membership.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.DisciplineAnnulled;
import vn.party.membership.member.Member;

/** The decision annulled on complaint: what it gives back is restored ({@link Restitution}). */
@ApplicationScoped
public class AnnulmentHandler implements EffectHandler<DisciplineAnnulled> {

    @Inject
    Restitution restitution;

    @Override
    public Class<DisciplineAnnulled> type() {
        return DisciplineAnnulled.class;
    }

    @Override
    public void apply(AppliedEffect row, DisciplineAnnulled effect, Member member) {
        restitution.restore(row, effect, member, "Hủy quyết định kỷ luật");
    }
}
