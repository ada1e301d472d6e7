package vn.party.replica;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/** The lag figure ({@code head - cursor}, change-log positions) as the gauge {@code party.replica.lag}. */
@ApplicationScoped
public class ReplicaLag {

    private static final Logger LOG = Logger.getLogger(ReplicaLag.class);

    private final AtomicLong lag = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    ReplicaStore store;

    void register(@Observes StartupEvent start) {
        Gauge.builder("party.replica.lag", lag, AtomicLong::get)
                .description("Change-log positions the organization replica is behind membership's organization feed")
                .register(registry);
        try {
            update(store.cursor());
        } catch (RuntimeException e) {
            LOG.warnf("The replica cursor could not be read at start-up: %s", e.getMessage());
        }
    }

    public void update(ReplicaCursor cursor) {
        lag.set(cursor.lag());
    }

    public long value() {
        return lag.get();
    }
}
