package vn.party.replica;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import vn.party.common.time.PartyClock;
import vn.party.contracts.organization.OrganizationFeed;

/**
 * Follows membership's organization feed into the replica. Each batch: the cursor is read, the feed is called
 * (outside any database transaction), and the batch is applied in a transaction of its own ({@link ReplicaStore}).
 * When membership cannot be reached the poll logs and stops; the replica keeps answering from what it holds and the
 * next poll resumes from the stored cursor.
 */
@ApplicationScoped
public class OrganizationReplicaConsumer {

    private static final Logger LOG = Logger.getLogger(OrganizationReplicaConsumer.class);

    @Inject
    @RestClient
    OrganizationFeedClient feed;

    @Inject
    PartyClock clock;

    @Inject
    ReplicaStore store;

    @Inject
    ReplicaConfig config;

    @Inject
    ReplicaLag lag;

    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailureAt = new AtomicReference<>();

    /** What one catch-up did: entries applied, batches read, where the cursor stands, and whether it got through. */
    public record CatchUp(int applied, int batches, int successionsFired, ReplicaCursor cursor, boolean reachedHead,
                          String failure) {
    }

    @Scheduled(identity = "organization-replica", every = "${party.replica.every:5s}",
            delayed = "${party.replica.initial-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            catchUp();
        }
    }

    /** Reads and applies batches until the replica reaches membership's head (or a failure, or the batch cap). */
    public CatchUp catchUp() {
        int applied = 0;
        int fired = 0;
        int batches = 0;
        ReplicaCursor cursor = store.cursor();
        while (batches < Math.max(1, config.maxBatchesPerPoll())) {
            OrganizationFeed page;
            try {
                page = feed.after(cursor.position(), Math.min(1000, Math.max(1, config.batchSize())));
            } catch (RuntimeException e) {
                String failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                lastFailure.set(failure);
                lastFailureAt.set(clock.now());
                LOG.warnf("Organization feed unavailable at position %d; the replica answers from what it holds"
                        + " and retries at the next poll: %s", cursor.position(), failure);
                lag.update(cursor);
                return new CatchUp(applied, batches, fired, cursor, false, failure);
            }
            batches++;
            ReplicaStore.Applied result = store.apply(cursor.generation(), page);
            applied += result.entries();
            fired += result.successionsFired();
            cursor = result.cursor();
            lag.update(cursor);
            lastFailure.set(null);
            if (result.stale()) {
                cursor = store.cursor(); // rebuilt meanwhile: start over from the reset cursor
                continue;
            }
            if (page.entries().isEmpty() || cursor.position() >= page.head()) {
                return new CatchUp(applied, batches, fired, cursor, true, null);
            }
        }
        return new CatchUp(applied, batches, fired, cursor, false, null);
    }

    /** The last poll's failure, null when the last call answered. */
    public String lastFailure() {
        return lastFailure.get();
    }

    public Instant lastFailureAt() {
        return lastFailureAt.get();
    }
}
