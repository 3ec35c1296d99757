package org.onetrip.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.CloudEventHeaders;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies an incoming event exactly once: its {@code ce_id} is recorded in the same transaction as its
 * effect, so a redelivered event changes nothing.
 *
 * <p>A failure is retried a bounded number of times, each in a fresh transaction; then the exception
 * goes back to the messaging connector, whose dead-letter strategy moves the record aside with the
 * reason, so the partition moves on. A {@link PoisonEventException} skips the retries.
 */
@ApplicationScoped
public class Inbox {
    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final int maxAttempts;
    private final Duration firstBackoff;

    Inbox(EntityManager entityManager, ObjectMapper json, MeterRegistry metrics,
          @ConfigProperty(name = "onetrip.inbox.max-attempts", defaultValue = "3") int maxAttempts,
          @ConfigProperty(name = "onetrip.inbox.backoff", defaultValue = "PT0.2S") Duration firstBackoff) {
        this.entityManager = entityManager;
        this.json = json;
        this.metrics = metrics;
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
        CloudEvent event = CloudEventHeaders.read(record, json);
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, event, handlers));
                return;
            } catch (RuntimeException e) {
                PoisonEventException poison = poison(e);
                if (poison != null) {
                    throw poison;
                }
                if (attempt >= maxAttempts) {
                    throw e;
                }
                LOG.warnf("%s: applying %s %s failed (attempt %d of %d), retrying: %s",
                        consumer, event.type(), event.id(), attempt, maxAttempts, e.getMessage());
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    private void applyOnce(String consumer, CloudEvent event, Map<String, Consumer<CloudEvent>> handlers) {
        int fresh = entityManager.createNativeQuery(
                        "insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type)"
                                + " on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate();
        if (fresh == 0) {
            metrics.counter("onetrip.inbox.duplicates", "consumer", consumer).increment();
            return;
        }
        Consumer<CloudEvent> handler = handlers.get(event.type());
        if (handler == null) {
            metrics.counter("onetrip.inbox.unknown.types", "consumer", consumer, "type", event.type()).increment();
            return;
        }
        handler.accept(event);
        metrics.counter("onetrip.inbox.applied", "consumer", consumer, "type", event.type()).increment();
    }

    private static PoisonEventException poison(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PoisonEventException poison) {
                return poison;
            }
        }
        return null;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
