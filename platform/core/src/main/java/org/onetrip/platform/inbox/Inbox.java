package org.onetrip.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.CloudEventHeaders;
import org.onetrip.platform.events.EventTracing;
import org.onetrip.platform.events.PoisonEventException;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies an incoming event exactly once: its {@code ce_id} is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing.
 *
 * <p>A failure of the event's own making is retried a bounded number of times, each in a fresh
 * transaction; then the exception goes back to the messaging connector, whose failure strategy
 * ({@link InboxFailureStrategy}) moves the record to the dead-letter topic with the reason, so the
 * partition moves on. A {@link PoisonEventException} skips the retries. A database that cannot be reached
 * is not the event's fault: the inbox waits for it, however long that takes.
 *
 * <p>When the service stops, the inbox finishes what it is applying while the database is still there and
 * defers everything after ({@link EventDeferredException}), instead of failing against a closed database and
 * being dead-lettered. Whether Kafka's committed offset passed a deferred record or not, the next consumer reads
 * it again: the inbox keeps how far it applied each partition with the effects, and a consumer resumes from
 * there ({@link InboxPositions}).
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(15);
    /** SQLSTATE classes of a database that is away or refusing work: connection, resources, operator. */
    private static final List<String> UNAVAILABLE_STATES = List.of("08", "53", "57P");

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final EventTracing tracing;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final AtomicInteger applying = new AtomicInteger();
    private volatile boolean stopping;

    Inbox(EntityManager entityManager, ObjectMapper json, MeterRegistry metrics, EventTracing tracing,
          @ConfigProperty(name = "onetrip.inbox.max-attempts", defaultValue = "3") int maxAttempts,
          @ConfigProperty(name = "onetrip.inbox.backoff", defaultValue = "PT0.2S") Duration firstBackoff) {
        this.entityManager = entityManager;
        this.json = json;
        this.metrics = metrics;
        this.tracing = tracing;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
    }

    /**
     * @param consumer a name for this consumer, unique within the service (its channel name)
     * @param record   the record as received
     * @param handlers what to do for each event type; other types are counted and skipped
     */
    public void process(String consumer, ConsumerRecord<String, String> record,
                        Map<String, Consumer<CloudEvent>> handlers) {
        process(consumer, record, handlers::get);
    }

    /**
     * The same, with the handler chosen by the event type ({@code null}: a type this consumer does not apply), for a
     * consumer that applies a whole family of types alike without restating the producer's list.
     */
    public void process(String consumer, ConsumerRecord<String, String> record,
                        Function<String, Consumer<CloudEvent>> handlers) {
        CloudEvent event = CloudEventHeaders.read(record, json);
        applying.incrementAndGet();
        try {
            tracing.applying(consumer, record, event, () -> applyWithRetries(consumer, record, event, handlers));
        } finally {
            applying.decrementAndGet();
        }
    }

    private void applyWithRetries(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                  Function<String, Consumer<CloudEvent>> handlers) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            if (stopping) {
                throw deferred(consumer, record, event, null);
            }
            try {
                String outcome = QuarkusTransaction.requiringNew().call(() -> {
                    String applied = applyOnce(consumer, event, handlers);
                    handled(record);
                    return applied;
                });
                LOG.debugf("%s: %s %s at %s-%d@%d %s", consumer, event.type(), event.id(),
                        record.topic(), record.partition(), record.offset(), outcome);
                return;
            } catch (RuntimeException e) {
                if (cause(e, PoisonEventException.class) != null) {
                    throw e;
                }
                if (stopping) {
                    throw deferred(consumer, record, event, e);
                }
                boolean unavailable = databaseUnavailable(e);
                if (!unavailable && attempt >= maxAttempts) {
                    throw e;
                }
                LOG.warnf("%s: applying %s %s failed (attempt %d%s), retrying in %s: %s", consumer, event.type(), event.id(),
                        attempt, unavailable ? ", database unavailable" : " of " + maxAttempts, backoff, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private EventDeferredException deferred(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                            RuntimeException failure) {
        metrics.counter("onetrip.inbox.deferred", "consumer", consumer).increment();
        return new EventDeferredException(consumer + ": the service is stopping; " + event.type() + " " + event.id()
                + " at " + record.topic() + "-" + record.partition() + "@" + record.offset() + " is left for the next consumer",
                failure);
    }

    /** Early in shutdown, before the database goes: stop taking events and let those being applied finish. */
    void stop(@Observes @Priority(1) ShutdownEvent ignored) {
        stopAccepting();
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (applying.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** From now on every event is deferred; the shutdown does this, tests may too. */
    public void stopAccepting() {
        stopping = true;
    }

    /** The record's partition is handled up to its offset, in the transaction of its effect (InboxPositions). */
    private void handled(ConsumerRecord<String, String> record) {
        entityManager.createNativeQuery("""
                        insert into inbox_position (topic, partition, position) values (:topic, :partition, :position)
                        on conflict (topic, partition) do update set position = greatest(inbox_position.position, excluded.position),
                            updated_at = now()""")
                .setParameter("topic", record.topic()).setParameter("partition", record.partition())
                .setParameter("position", record.offset()).executeUpdate();
    }

    boolean stopping() {
        return stopping;
    }

    /** @return what became of the event, for the debug log: applied, a duplicate, or a type this consumer skips */
    private String applyOnce(String consumer, CloudEvent event, Function<String, Consumer<CloudEvent>> handlers) {
        int fresh = entityManager.createNativeQuery(
                        "insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type)"
                                + " on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (fresh == 0) {
            metrics.counter("onetrip.inbox.duplicates", "consumer", consumer).increment();
            return "duplicate";
        }
        Consumer<CloudEvent> handler = handlers.apply(event.type());
        if (handler == null) {
            metrics.counter("onetrip.inbox.unknown.types", "consumer", consumer, "type", event.type()).increment();
            return "skipped";
        }
        handler.accept(event);
        metrics.counter("onetrip.inbox.applied", "consumer", consumer, "type", event.type()).increment();
        return "applied";
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && UNAVAILABLE_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventDeferredException("interrupted while waiting to retry", e);
        }
    }
}
