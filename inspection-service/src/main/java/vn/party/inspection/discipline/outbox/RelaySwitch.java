package vn.party.inspection.discipline.outbox;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** {@code outbox.relay.enabled=false} stops the scheduled relay (tests run passes themselves). */
@Singleton
public class RelaySwitch implements Scheduled.SkipPredicate {

    @ConfigProperty(name = "outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
