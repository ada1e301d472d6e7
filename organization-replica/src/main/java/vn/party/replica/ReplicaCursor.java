package vn.party.replica;

import java.time.Instant;

/** Where the replica stands: the last applied position, membership's head when last asked, and the rebuild count. */
public record ReplicaCursor(long position, long generation, long head, Instant lastSuccessAt) {

    /** How many change-log positions the replica is behind membership's head (as last seen). */
    public long lag() {
        return Math.max(0, head - position);
    }
}
