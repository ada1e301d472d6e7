package vn.party.membership.effects;

import vn.party.contracts.effects.DisciplineEffect;
import vn.party.membership.member.Member;

/**
 * Applies one type of discipline effect (one CDI bean per {@link DisciplineEffect} record; {@link EffectHandlers}
 * refuses to start without exactly one for each). Called in the receiving or the scheduled transaction, with the
 * member row already locked; the handler ends by recording the outcome ({@link AppliedEffects#finish}).
 *
 * @param <T> the effect record handled
 */
public interface EffectHandler<T extends DisciplineEffect> {

    /** The record this handler applies. */
    Class<T> type();

    /**
     * Applies {@code effect} (received as {@code row}) to {@code member} (null when the effect names none).
     */
    void apply(AppliedEffect row, T effect, Member member);
}
