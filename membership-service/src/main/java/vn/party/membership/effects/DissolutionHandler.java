package vn.party.membership.effects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.party.contracts.effects.OrganizationDissolved;
import vn.party.membership.member.Member;

/**
 * Giải tán: acknowledged, not applied. Dissolving an organization moves members and successors; the bloc office does
 * it with the dissolve operation.
 */
@ApplicationScoped
public class DissolutionHandler implements EffectHandler<OrganizationDissolved> {

    @Inject
    AppliedEffects applied;

    @Override
    public Class<OrganizationDissolved> type() {
        return OrganizationDissolved.class;
    }

    @Override
    public void apply(AppliedEffect row, OrganizationDissolved effect, Member member) {
        applied.finish(row, EffectOutcome.ACKNOWLEDGED, "Đã ghi nhận quyết định giải tán (" + EffectRules.decisionText(effect)
                + "); tổ chức không tự động bị giải thể: Văn phòng thực hiện thủ tục giải thể (acknowledged; no"
                + " automatic dissolution: use the dissolve operation)", null, true);
    }
}
