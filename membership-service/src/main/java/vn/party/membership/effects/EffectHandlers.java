package vn.party.membership.effects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import vn.party.contracts.effects.DisciplineEffect;
import vn.party.membership.member.Member;

/**
 * The handler of each effect type, looked up by the effect's record class. Built at start-up: an effect type of the
 * contract without a handler, or with two, stops the service (and every test) instead of failing a delivery later.
 */
@Startup
@ApplicationScoped
public class EffectHandlers {

    private final Map<Class<? extends DisciplineEffect>, EffectHandler<?>> byType;

    @Inject
    EffectHandlers(@Any Instance<EffectHandler<?>> handlers) {
        Map<Class<? extends DisciplineEffect>, EffectHandler<?>> found = new HashMap<>();
        for (EffectHandler<?> handler : handlers) {
            EffectHandler<?> twice = found.put(handler.type(), handler);
            if (twice != null) {
                throw new IllegalStateException("Two handlers for the effect " + DisciplineEffect.typeOf(handler.type())
                        + ": " + twice + " and " + handler);
            }
        }
        List<String> missing = DisciplineEffect.types().stream().filter(type -> !found.containsKey(type))
                .map(DisciplineEffect::typeOf).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No handler for the effect(s) " + missing + " of contract version "
                    + DisciplineEffect.VERSION);
        }
        this.byType = Map.copyOf(found);
    }

    /** The handler of {@code type}. */
    @SuppressWarnings("unchecked")
    public <T extends DisciplineEffect> EffectHandler<T> of(Class<T> type) {
        EffectHandler<?> handler = byType.get(type);
        if (handler == null) {
            throw new IllegalStateException("No handler for " + type.getName());
        }
        return (EffectHandler<T>) handler;
    }

    /** Applies {@code effect} with the handler of its type. */
    public void apply(AppliedEffect row, DisciplineEffect effect, Member member) {
        dispatch(row, effect, member);
    }

    private <T extends DisciplineEffect> void dispatch(AppliedEffect row, T effect, Member member) {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) effect.getClass();
        EffectHandler<T> handler = of(type);
        handler.apply(row, handler.type().cast(effect), member);
    }
}
