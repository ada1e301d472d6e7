package vn.party.replica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The organization replica's settings ({@code party.replica.*}; environment {@code PARTY_REPLICA_ENABLED},
 * {@code PARTY_REPLICA_EVERY}, {@code PARTY_REPLICA_BATCH_SIZE}, {@code PARTY_REPLICA_INITIAL_DELAY}, {@code PARTY_REPLICA_MEMBERSHIP_URL}).
 */
@ConfigMapping(prefix = "party.replica")
public interface ReplicaConfig {

    /** Membership's base URL (the feed client's {@code quarkus.rest-client.organization-feed.url} follows it). */
    @WithDefault("http://localhost:8081")
    String membershipUrl();

    /** Whether the scheduled poll runs (tests call {@code catchUp()} themselves). */
    @WithDefault("true")
    boolean enabled();

    /** How often the feed is polled (the {@code @Scheduled} reads {@code party.replica.every} too). */
    @WithDefault("5s")
    String every();

    /** The first poll's delay after start-up (read by the {@code @Scheduled} as {@code party.replica.initial-delay}). */
    @WithDefault("5s")
    String initialDelay();

    /** Entries asked for per call (membership answers at most 1000). */
    @WithDefault("200")
    int batchSize();

    /** Batches applied per poll at most, so one poll ends even when far behind. */
    @WithDefault("50")
    int maxBatchesPerPoll();
}
