package vn.party.inspection.discipline.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.party.common.time.PartyClock;
import vn.party.contracts.effects.DisciplineEffect;
import vn.party.contracts.effects.EffectDelivery;

/**
 * Delivers due outbox rows to membership-service ({@code POST /api/membership/effects}), each with its signed
 * {@code proof} ({@link EffectSigner}).
 *
 * <p>A row is due when it is not delivered, parked or superseded, its effective date has come in Asia/Ho_Chi_Minh
 * (so a suspension's end goes out on its end date: that is what restores the member at the end), and its retry time
 * has passed. Rows go oldest first, one transaction each: the row is locked with {@code FOR UPDATE SKIP LOCKED}
 * while it is sent and its outcome written, so two instances never send the same row at the same time, and a crash
 * between the answer and the commit only sends it again (at-least-once; the receiver is idempotent by id, so the
 * effect applies exactly once).
 *
 * <p>Effects about one member (or one organization, for organization effects) keep their order: a due row waits
 * while an older due row about the same subject is undelivered (retrying, parked, or being sent by another
 * instance), so an annulment is never applied before the expulsion it annuls. Rows whose date has not come yet do
 * not hold later ones back.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR = 2000;

    private static final String NEXT_DUE = """
            select o.id, o.effect, o.member_id, o.organization_id, o.effective_date, cast(o.payload as text), o.attempts
            from outbox o
            where o.delivered_at is null and o.parked_at is null and o.superseded_by is null
              and o.effective_date <= :today
              and (o.next_attempt_at is null or o.next_attempt_at <= :now)
              and not exists (
                  select 1 from outbox e
                  where e.delivered_at is null and e.superseded_by is null and e.effective_date <= :today
                    and coalesce(e.member_id, e.organization_id) = coalesce(o.member_id, o.organization_id)
                    and (e.created_at, e.effective_date, e.id) < (o.created_at, o.effective_date, o.id))
            order by o.created_at, o.effective_date, o.id
            limit 1
            for update of o skip locked""";

    /** What one pass did. */
    public record Pass(int delivered, int retried, int parked) {

        public int attempted() {
            return delivered + retried + parked;
        }
    }

    private record Attempt(DeliveryPolicy.Outcome outcome, Integer status, String error) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    PartyClock clock;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    @RestClient
    MembershipEffectsClient client;

    @Inject
    EffectSigner signer;

    @ConfigProperty(name = "outbox.relay.batch-size", defaultValue = "100")
    int batchSize;

    @ConfigProperty(name = "outbox.relay.initial-backoff", defaultValue = "30S")
    Duration initialBackoff;

    @ConfigProperty(name = "outbox.relay.max-backoff", defaultValue = "1H")
    Duration maxBackoff;

    @Scheduled(identity = "outbox-relay", every = "${outbox.relay.every}", delayed = "${outbox.relay.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = RelaySwitch.class)
    void onSchedule() {
        Pass pass = deliverDue();
        if (pass.attempted() > 0) {
            LOG.infof("Outbox relay: %d delivered, %d to retry, %d parked", pass.delivered(), pass.retried(), pass.parked());
        }
    }

    /** One pass now: delivers up to {@code outbox.relay.batch-size} due rows. */
    public Pass deliverDue() {
        return deliverDue(clock.now());
    }

    /** One pass as if the clock read {@code now} (what is due, retry times, delivery timestamps). */
    public Pass deliverDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PartyClock.VIETNAM);
        int delivered = 0;
        int retried = 0;
        int parked = 0;
        for (int i = 0; i < batchSize; i++) {
            Optional<DeliveryPolicy.Outcome> outcome = QuarkusTransaction.requiringNew().call(() -> deliverNext(now, today));
            if (outcome.isEmpty()) {
                break;
            }
            switch (outcome.get()) {
                case DELIVERED -> delivered++;
                case RETRY -> retried++;
                case PARK -> parked++;
            }
        }
        return new Pass(delivered, retried, parked);
    }

    @SuppressWarnings("unchecked")
    Optional<DeliveryPolicy.Outcome> deliverNext(Instant now, LocalDate today) {
        List<Object[]> rows = entityManager.createNativeQuery(NEXT_DUE)
                .setParameter("today", today)
                .setParameter("now", now)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        UUID id = (UUID) row[0];
        String effect = (String) row[1];
        int attempts = ((Number) row[6]).intValue() + 1;
        Attempt attempt;
        Optional<Class<? extends DisciplineEffect>> type = DisciplineEffect.typeNamed(effect);
        if (type.isEmpty()) {
            attempt = new Attempt(DeliveryPolicy.Outcome.PARK, null, "unknown effect " + effect + " (contract version "
                    + DisciplineEffect.VERSION + ")");
        } else {
            try {
                // the stored payload read back as its contract record (unknown fields refused): what is sent is typed
                DisciplineEffect payload = objectMapper.readValue((String) row[5], type.get());
                EffectDelivery unsigned = new EffectDelivery(id, (UUID) row[2], (UUID) row[3], toLocalDate(row[4]),
                        payload, null);
                // signed at each attempt (a fresh iat); membership applies only effects whose proof matches the body
                EffectDelivery body = unsigned.withProof(signer.proof(unsigned));
                // The HTTP call runs with the JTA transaction suspended, so the REST and OIDC clients' threads never
                // join it (context propagation); the database transaction and its row lock stay open until the commit.
                attempt = QuarkusTransaction.suspendingExisting().call(() -> send(body));
            } catch (JsonProcessingException e) {
                attempt = new Attempt(DeliveryPolicy.Outcome.PARK, null, "payload is not a " + effect + " of contract"
                        + " version " + DisciplineEffect.VERSION + ": " + e.getOriginalMessage());
            }
        }
        record(id, attempts, attempt, now);
        if (attempt.outcome() != DeliveryPolicy.Outcome.DELIVERED) {
            LOG.warnf("Outbox %s (%s): attempt %d %s: %s", id, effect, attempts,
                    attempt.outcome() == DeliveryPolicy.Outcome.PARK ? "parked" : "to retry", attempt.error());
        }
        return Optional.of(attempt.outcome());
    }

    private Attempt send(EffectDelivery body) {
        try (Response response = client.deliver(body)) {
            return answered(response);
        } catch (WebApplicationException e) {
            return answered(e.getResponse());
        } catch (RuntimeException e) {
            // no answer: connection refused, timeout, or no service token (token endpoint down or refusing)
            return new Attempt(DeliveryPolicy.Outcome.RETRY, null, describe(e));
        }
    }

    private static Attempt answered(Response response) {
        int status = response.getStatus();
        DeliveryPolicy.Outcome outcome = DeliveryPolicy.classify(status);
        return new Attempt(outcome, status, outcome == DeliveryPolicy.Outcome.DELIVERED ? null : "HTTP " + status + body(response));
    }

    private void record(UUID id, int attempts, Attempt attempt, Instant now) {
        String sql = switch (attempt.outcome()) {
            case DELIVERED -> "delivered_at = :now, next_attempt_at = null, last_error = null";
            case RETRY -> "next_attempt_at = :next, last_error = :error";
            case PARK -> "parked_at = :now, next_attempt_at = null, last_error = :error";
        };
        var update = entityManager.createNativeQuery("update outbox set " + sql
                        + ", attempts = :attempts, last_attempt_at = :now, last_status = :status where id = :id")
                .setParameter("id", id)
                .setParameter("attempts", attempts)
                .setParameter("now", now)
                .setParameter("status", attempt.status());
        if (attempt.outcome() == DeliveryPolicy.Outcome.RETRY) {
            update.setParameter("next", now.plus(DeliveryPolicy.backoff(attempts, initialBackoff, maxBackoff)));
        }
        if (attempt.outcome() != DeliveryPolicy.Outcome.DELIVERED) {
            update.setParameter("error", truncate(attempt.error()));
        }
        update.executeUpdate();
    }

    private static String body(Response response) {
        try {
            String text = response.hasEntity() ? response.readEntity(String.class) : null;
            return text == null || text.isBlank() ? "" : ": " + text.strip();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
