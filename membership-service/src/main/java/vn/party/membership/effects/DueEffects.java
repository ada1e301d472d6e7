package vn.party.membership.effects;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

import vn.party.membership.member.MemberService;

/**
 * Applies scheduled effects when their date comes: every {@code party.effects.due-check-interval} (default 15
 * minutes; 0 turns the timer off), on a worker thread, each effect in its own transaction. Changes it makes are
 * recorded with the actor {@code anonymous} (no caller): the effect's own row names the service that delivered it.
 */
@ApplicationScoped
public class DueEffects {

    private static final Logger LOG = Logger.getLogger(DueEffects.class);

    @Inject
    EffectReceiver receiver;

    @Inject
    MemberService members;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "party.effects.due-check-interval", defaultValue = "PT15M")
    Duration interval;

    void start(@Observes StartupEvent started) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        vertx.setPeriodic(interval.toMillis(), timer -> vertx.executeBlocking(() -> run(), false));
    }

    /** Applies every scheduled effect due today (Vietnam); returns how many were applied. */
    @ActivateRequestContext
    public int run() {
        return run(members.today());
    }

    @ActivateRequestContext
    public int run(LocalDate today) {
        int applied = 0;
        for (UUID id : receiver.dueIds(today)) {
            try {
                if (receiver.applyScheduled(id, today)) {
                    applied++;
                }
            } catch (RuntimeException failed) {
                // stays SCHEDULED and is tried again at the next tick; the others still go ahead
                LOG.errorf(failed, "Scheduled effect %s could not be applied", id);
            }
        }
        return applied;
    }
}
