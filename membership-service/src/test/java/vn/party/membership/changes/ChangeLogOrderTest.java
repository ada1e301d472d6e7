package vn.party.membership.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import vn.party.contracts.memberevents.ChangeType;
import vn.party.membership.leaving.LeavingTestSupport;
import vn.party.testsupport.PostgresTestResource;

/** The counter's promises, at the level of transactions: numbers are given back on rollback and commit in order. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ChangeLogOrderTest {

    @Inject
    ChangeLog changeLog;

    @Inject
    EntityManager entityManager;

    private long visibleMax() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT coalesce(max(sequence), 0) FROM change_log").getSingleResult()).longValue());
    }

    private long sequenceOf(UUID resource, String event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT sequence FROM change_log WHERE resource_id = :id AND event = :event")
                .setParameter("id", resource).setParameter("event", event).getSingleResult()).longValue());
    }

    /** Writes a row for {@code organization} in a transaction of its own, on this thread, with a request context. */
    private void write(UUID organization, String event, Runnable beforeCommit) {
        var context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                changeLog.organization(organization, ChangeType.UPDATED, event, null, Map.of());
                beforeCommit.run();
            });
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }

    @Test
    void aRolledBackChangeGivesItsNumberBack() {
        UUID organization = LeavingTestSupport.organization("RB-" + UUID.randomUUID().toString().substring(0, 8),
                "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        long before = visibleMax();
        assertThrows(IllegalStateException.class, () -> write(organization, "ROLLED_BACK", () -> {
            throw new IllegalStateException("the change fails after its row was written");
        }));
        assertEquals(before, visibleMax());
        write(organization, "KEPT", () -> { });
        assertEquals(before + 1, sequenceOf(organization, "KEPT"));
    }

    @Test
    void aWriterWaitsForTheOneBeforeItSoNumbersBecomeVisibleInOrder() throws Exception {
        UUID organization = LeavingTestSupport.organization("OR-" + UUID.randomUUID().toString().substring(0, 8),
                "Đảng bộ Khối", "BLOC_COMMITTEE", null);
        long before = visibleMax();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> write(organization, "FIRST", () -> {
            firstWrote.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(firstWrote.await(30, TimeUnit.SECONDS));
        Future<?> second = pool.submit(() -> write(organization, "SECOND", () -> { }));
        Thread.sleep(500);
        // the first holds number before+1 uncommitted; the second waits for it instead of taking before+2 now
        assertTrue(!second.isDone(), "the second writer must wait for the first to commit");
        assertEquals(before, visibleMax());
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertEquals(before + 1, sequenceOf(organization, "FIRST"));
        assertEquals(before + 2, sequenceOf(organization, "SECOND"));
    }
}
