package vn.party.events.commendation.membership;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.party.common.persistence.AuditEntry;
import vn.party.common.persistence.AuditTrail;
import vn.party.common.time.PartyClock;
import vn.party.contracts.memberevents.MemberEvent;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.contracts.memberevents.MemberEventType;
import vn.party.events.commendation.Commendation;
import vn.party.events.commendation.domain.CommendationForm;

/**
 * Polls membership's event feed and applies what commendations care about: an EXPELLED member's party badges are
 * revoked (on the event's effective date, with a reason). The batch is read first, outside any transaction (the
 * cursor is read in a short transaction of its own, membership is asked after it has committed); then one transaction
 * locks the cursor row, applies the events after the cursor as it stands under the lock (a second poller that got
 * there first has already applied the rest, which is skipped) and advances it; both commit together. A failure
 * leaves the cursor where it was and the batch is read again next time. Applying an event twice changes nothing
 * (a revoked badge stays as it is).
 */
@ApplicationScoped
public class MembershipEventsPoller {

    private static final Logger LOG = Logger.getLogger(MembershipEventsPoller.class);

    static final String ACTOR = "system:membership-events";

    @Inject
    MembershipEventsFeed feed;

    @Inject
    PartyClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "membership-events.poller.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "membership-events.poller.batch-size", defaultValue = "100")
    int batchSize;

    /** What one poll did. */
    public record Outcome(int events, int badgesRevoked, long cursor, boolean hasMore) {
    }

    @Scheduled(every = "${membership-events.poller.every:30s}", delayed = "${membership-events.poller.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!enabled) {
            return;
        }
        try {
            Outcome outcome;
            int batches = 0;
            do {
                outcome = poll();
                batches++;
            } while (outcome.hasMore() && outcome.events() > 0 && batches < 50);
        } catch (RuntimeException e) {
            LOG.warnf("Polling membership events failed; retrying at the next run: %s", e.getMessage());
        }
    }

    /** Reads one batch after the cursor (no transaction open), then applies it in one transaction. */
    public Outcome poll() {
        long from = QuarkusTransaction.requiringNew().call(
                () -> entityManager.find(EventCursor.class, EventCursor.MEMBERSHIP).lastSequence);
        MemberEventPage batch = feed.after(from, batchSize);
        return QuarkusTransaction.requiringNew().call(() -> apply(batch));
    }

    /**
     * Applies a batch read after some cursor value, inside the caller's transaction: the cursor row is locked and the
     * events at or before its current value skipped (another poller may have applied them since the batch was read),
     * so a batch applied late or twice changes nothing; the cursor never moves back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(MemberEventPage batch) {
        EventCursor cursor = entityManager.find(EventCursor.class, EventCursor.MEMBERSHIP, LockModeType.PESSIMISTIC_WRITE);
        List<MemberEvent> items = batch.items() == null ? List.of() : batch.items();
        int revoked = 0;
        long last = cursor.lastSequence;
        for (MemberEvent event : items) {
            if (event.sequence() <= cursor.lastSequence) {
                continue; // already applied
            }
            if (event.isMemberEvent(MemberEventType.EXPELLED)) {
                revoked += revokeBadges(event);
            }
            last = Math.max(last, event.sequence());
        }
        long next = Math.max(last, batch.next());
        if (next != cursor.lastSequence) {
            cursor.lastSequence = next;
            cursor.updatedAt = clock.now();
        }
        return new Outcome(items.size(), revoked, cursor.lastSequence, batch.hasMore());
    }

    private int revokeBadges(MemberEvent event) {
        UUID member = event.resourceId();
        if (member == null) {
            LOG.warnf("Event %d names no member id; skipped", event.sequence());
            return 0;
        }
        List<Commendation> badges = Commendation.list("memberId = ?1 and form = ?2 and revokedOn is null", member,
                CommendationForm.HUY_HIEU_DANG);
        for (Commendation badge : badges) {
            Map<String, Object> before = badge.auditState();
            // the feed gives the expulsion's effective date; without one, the day the poller learns of it
            badge.revokedOn = event.effectiveDate() != null ? event.effectiveDate() : clock.today();
            badge.revocationReason = "Thu hồi Huy hiệu Đảng do bị khai trừ khỏi Đảng từ " + badge.revokedOn
                    + " (revoked: expelled; membership event " + event.sequence() + ")";
            badge.revokedByEvent = event.sequence();
            audit(badge.id, AuditTrail.diff(before, badge.auditState()));
        }
        Commendation.flush();
        return badges.size();
    }

    /** The poller has no caller: it writes its audit rows itself, as the system actor. */
    private void audit(UUID id, Map<String, AuditTrail.Change> changes) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = clock.now();
        entry.actor = ACTOR;
        entry.action = "REVOKE";
        entry.entityType = "commendation";
        entry.entityId = id.toString();
        try {
            entry.changes = objectMapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes cannot be serialized", e);
        }
        entityManager.persist(entry);
    }
}
