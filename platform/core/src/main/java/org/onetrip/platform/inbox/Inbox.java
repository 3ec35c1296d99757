package org.onetrip.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.onetrip.platform.errors.DatabaseFailures;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.CloudEventHeaders;
import org.onetrip.platform.events.EventTracing;
import org.onetrip.platform.events.PoisonEventException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies an incoming event exactly once: its {@code ce_id} is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing.
 *
 * <p>Channels are read in batches (each poll's records): a batch is applied in one transaction, its ids claimed
 * and its partitions' positions kept in one statement each, so a consumer behind a backlog catches up at the
 * pace of its own work rather than of one commit per event. Records are applied in the order received, which
 * keeps each key's order. When the batch fails, it is applied again record by record, each in its own
 * transaction, so one event that cannot apply does not hold up the others.
 *
 * <p>A failure of the event's own making is retried a bounded number of times, each in a fresh
 * transaction; then the record is handed back to the messaging connector, whose failure strategy
 * ({@link InboxFailureStrategy}) moves it to the dead-letter topic with the reason, so the
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
    private static final long MAX_BACKOFF_SECONDS = 5;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(MAX_BACKOFF_SECONDS);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(15);
    /** How many entities a batch's session may hold before it is flushed and cleared (measured: docs/performance.md). */
    private static final int SESSION_ENTITIES = 100;

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
     * @param batch    the records of one poll, as received on a batch channel
     * @param handlers what to do for each event type; other types are counted and skipped
     * @return done when the batch is acknowledged; a batch deferred while the service stops is left unacknowledged
     */
    public CompletionStage<Void> process(String consumer, KafkaRecordBatch<String, String> batch,
                                         Map<String, Consumer<CloudEvent>> handlers) {
        return process(consumer, batch, headers -> true, (topic, type) -> handlers.get(type));
    }

    /**
     * The same, with the handler chosen by the event type ({@code null}: a type this consumer does not apply), for a
     * consumer that applies a whole family of types alike without restating the producer's list.
     */
    public CompletionStage<Void> process(String consumer, KafkaRecordBatch<String, String> batch,
                                         Function<String, Consumer<CloudEvent>> handlers) {
        return process(consumer, batch, headers -> true, (topic, type) -> handlers.apply(type));
    }

    /**
     * The same, passing over the records whose headers show they are none of this consumer's business, without
     * reading their data or a transaction (an event from before a header existed should count as concerning), and
     * with the handler chosen by the topic too, for a channel that reads several topics.
     */
    public CompletionStage<Void> process(String consumer, KafkaRecordBatch<String, String> batch, Predicate<Headers> concerns,
                                         BiFunction<String, String, Consumer<CloudEvent>> handlers) {
        applying.incrementAndGet();
        try {
            List<Received> received = new ArrayList<>();
            for (KafkaRecord<String, String> message : batch.getRecords()) {
                ConsumerRecord<String, String> record = recordOf(message);
                if (!concerns.test(record.headers())) {
                    continue;
                }
                try {
                    received.add(new Received(message, record, CloudEventHeaders.read(record, json)));
                } catch (PoisonEventException notAnEvent) {
                    message.nack(notAnEvent).toCompletableFuture().join();
                }
            }
            if (!received.isEmpty() && !applied(consumer, received, handlers)) {
                return CompletableFuture.completedFuture(null); // deferred: nothing acknowledged, read again later
            }
            return batch.ack();
        } finally {
            applying.decrementAndGet();
        }
    }

    /** One record of a batch, read as a CloudEvent. */
    private record Received(KafkaRecord<String, String> message, ConsumerRecord<String, String> record, CloudEvent event) {
    }

    /**
     * Applies the batch in one transaction; when that fails, record by record, so one event that cannot apply goes to
     * the dead-letter topic alone and the others keep their order.
     *
     * @return false when the service began stopping: what is left is deferred
     */
    private boolean applied(String consumer, List<Received> received, BiFunction<String, String, Consumer<CloudEvent>> handlers) {
        if (stopping) {
            received.forEach(r -> deferred(consumer, r.record(), r.event(), null));
            return false;
        }
        if (received.size() > 1) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyTogether(consumer, received, handlers));
                return true;
            } catch (RuntimeException e) {
                LOG.debugf("%s: a batch of %d events failed together, applying them one by one: %s", consumer, received.size(),
                        e.getMessage());
            }
        }
        for (Received r : received) {
            try {
                tracing.applying(consumer, r.record(), r.event(), () -> applyWithRetries(consumer, r.record(), r.event(), handlers));
            } catch (EventDeferredException e) {
                return false;
            } catch (RuntimeException e) {
                r.message().nack(e).toCompletableFuture().join();
            }
        }
        return true;
    }

    /** The whole batch in the caller's transaction: the inbox ids claimed in one statement, the positions in another. */
    private void applyTogether(String consumer, List<Received> received, BiFunction<String, String, Consumer<CloudEvent>> handlers) {
        Set<UUID> fresh = claim(consumer, received.stream().map(Received::event).toList());
        Session session = entityManager.unwrap(Session.class);
        for (Received r : received) {
            if (!fresh.remove(r.event().id())) {
                duplicate(consumer);
                continue;
            }
            tracing.applying(consumer, r.record(), r.event(), () -> applyHandler(consumer, r.record(), r.event(), handlers));
            // What the batch has loaded stays in the session while it is small, so events of one aggregate in a row
            // find it there and change it with one update; past that it is written and let go, or every query of the
            // next event would dirty-check all of it, a cost growing with the square of the batch.
            if (session.getStatistics().getEntityCount() > SESSION_ENTITIES) {
                session.flush();
                session.clear();
            }
        }
        handled(received.stream().map(Received::record).toList());
    }

    private void applyWithRetries(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                  BiFunction<String, String, Consumer<CloudEvent>> handlers) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            if (stopping) {
                throw deferred(consumer, record, event, null);
            }
            try {
                String outcome = QuarkusTransaction.requiringNew().call(() -> {
                    String applied = claim(consumer, List.of(event)).isEmpty()
                            ? duplicate(consumer) : applyHandler(consumer, record, event, handlers);
                    handled(List.of(record));
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
                boolean unavailable = DatabaseFailures.unavailable(e);
                if (!unavailable && attempt >= maxAttempts) {
                    throw e;
                }
                LOG.warnf("%s: applying %s %s failed (attempt %d%s), retrying in %s: %s", consumer, event.type(), event.id(),
                        attempt, unavailable ? ", database unavailable" : " of " + maxAttempts, backoff, e.getMessage());
                sleep(backoff);
                backoff = doubled(backoff);
            }
        }
    }

    private EventDeferredException deferred(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                            RuntimeException failure) {
        metrics.counter("onetrip.inbox.deferred", "consumer", consumer).increment();
        EventDeferredException deferred = new EventDeferredException(consumer + ": the service is stopping; " + event.type()
                + " " + event.id() + " at " + record.topic() + "-" + record.partition() + "@" + record.offset()
                + " is left for the next consumer", failure);
        LOG.debug(deferred.getMessage());
        return deferred;
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

    /**
     * Claims the events' ids for this consumer in one statement.
     *
     * @return the ids not claimed before: the events to apply (a batch may hold one event twice, the relay having sent
     *         it again; it is claimed once)
     */
    private Set<UUID> claim(String consumer, List<CloudEvent> events) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into inbox_event (consumer, event_id, event_type)
                    select ?, id, type from unnest(?::uuid[], ?::varchar[]) as e (id, type)
                    on conflict do nothing returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", events.stream().map(CloudEvent::id).toArray()));
                insert.setArray(3, connection.createArrayOf("varchar", events.stream().map(CloudEvent::type).toArray()));
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
    }

    /** Each partition is handled up to its last record here, in the transaction of their effects (InboxPositions). */
    private void handled(List<ConsumerRecord<String, String>> records) {
        Map<TopicPartition, Long> last = new HashMap<>();
        records.forEach(r -> last.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::max));
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    insert into inbox_position (topic, partition, position)
                    select * from unnest(?::varchar[], ?::int[], ?::bigint[])
                    on conflict (topic, partition) do update set position = greatest(inbox_position.position, excluded.position),
                        updated_at = now()""")) {
                List<TopicPartition> partitions = List.copyOf(last.keySet());
                upsert.setArray(1, connection.createArrayOf("varchar", partitions.stream().map(TopicPartition::topic).toArray()));
                upsert.setArray(2, connection.createArrayOf("integer", partitions.stream().map(TopicPartition::partition).toArray()));
                upsert.setArray(3, connection.createArrayOf("bigint", partitions.stream().map(last::get).toArray()));
                upsert.executeUpdate();
            }
        });
    }

    boolean stopping() {
        return stopping;
    }

    private String duplicate(String consumer) {
        metrics.counter("onetrip.inbox.duplicates", "consumer", consumer).increment();
        return "duplicate";
    }

    /** @return what became of the event, for the debug log: applied, or a type this consumer skips */
    private String applyHandler(String consumer, ConsumerRecord<String, String> record, CloudEvent event,
                                BiFunction<String, String, Consumer<CloudEvent>> handlers) {
        Consumer<CloudEvent> handler = handlers.apply(record.topic(), event.type());
        if (handler == null) {
            metrics.counter("onetrip.inbox.unknown.types", "consumer", consumer, "type", event.type()).increment();
            return "skipped";
        }
        handler.accept(event);
        metrics.counter("onetrip.inbox.applied", "consumer", consumer, "type", event.type()).increment();
        return "applied";
    }

    /** The Kafka record a message of a batch channel was read from. */
    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> recordOf(KafkaRecord<String, String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow().getRecord();
    }

    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The next wait of a retry: twice the last, up to {@value #MAX_BACKOFF_SECONDS} s. */
    static Duration doubled(Duration backoff) {
        return backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
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
