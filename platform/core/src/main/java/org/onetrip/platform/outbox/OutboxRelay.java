package org.onetrip.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.onetrip.platform.events.CloudEventHeaders;
import org.onetrip.platform.events.KafkaClients;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes pending outbox rows to Kafka in id order, waits for the broker's acknowledgement
 * (idempotent producer, acks=all), then marks them sent.
 *
 * <p>Only one replica relays at a time: a batch runs under a transaction-scoped advisory lock, so
 * rows are never published concurrently and one aggregate's events keep their order. A crash between
 * sending and marking re-sends the batch; consumers drop the repeats by {@code ce_id}. While Kafka is
 * down the batch fails, nothing is marked, and the relay retries with a growing pause.
 *
 * <p>The relay is woken by its own replica's commits ({@link Outbox}), not by polling: an idle service costs
 * nothing. A replica whose relay finds another one holding the lock tries again shortly, until it has the lock and
 * has seen its own rows; the idle poll ({@code onetrip.outbox.relay.idle-poll}, seconds apart) only picks up
 * rows a replica committed just before it died.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: any constant that no other part of the service uses. */
    private static final long RELAY_LOCK = 0x0e7_0b0e_7L;
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);
    /** How soon a replica that found the lock taken looks again. */
    private static final Duration LOCKED_PAUSE = Duration.ofMillis(100);
    /** The first pause after a failed batch; it doubles up to MAX_PAUSE. */
    private static final Duration FIRST_RETRY_PAUSE = Duration.ofMillis(100);
    private static final int LOCKED = -1;

    private final EntityManager entityManager;
    private final boolean enabled;
    private final Duration idlePoll;
    private final int batchSize;
    private final Duration retention;
    private final KafkaClients kafka;
    private final Semaphore work = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private long nextPruneAt;
    private volatile Instant publishedAt;
    private volatile Instant failingSince;
    private volatile String failure;

    /**
     * Whether Kafka took this replica's last batch: when it last published, and since when and why it has been
     * failing (none while it publishes, or when it has had nothing to publish since it started).
     */
    public record State(Instant publishedAt, Instant failingSince, String failure) {
        public boolean failing() {
            return failingSince != null;
        }
    }

    OutboxRelay(EntityManager entityManager,
                @ConfigProperty(name = "onetrip.outbox.relay.enabled", defaultValue = "true") boolean enabled,
                @ConfigProperty(name = "onetrip.outbox.relay.idle-poll", defaultValue = "PT5S") Duration idlePoll,
                @ConfigProperty(name = "onetrip.outbox.relay.batch-size", defaultValue = "200") int batchSize,
                @ConfigProperty(name = "onetrip.outbox.retention", defaultValue = "P7D") Duration retention,
                KafkaClients kafka) {
        this.entityManager = entityManager;
        this.enabled = enabled;
        this.idlePoll = idlePoll;
        this.batchSize = batchSize;
        this.retention = retention;
        this.kafka = kafka;
    }

    void start(@Observes StartupEvent ignored) {
        if (!enabled) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (thread != null) {
            wakeUp();
            thread.join(Duration.ofSeconds(20).toMillis());
        }
        closeProducer();
    }

    public State state() {
        return new State(publishedAt, failingSince, failure);
    }

    /** Tells the relay that new rows were committed, so it need not wait for its next poll. */
    void wakeUp() {
        work.release();
    }

    private void loop() {
        Duration pause = FIRST_RETRY_PAUSE;
        while (running) {
            try {
                int sent = relayBatch();
                if (sent > 0) {
                    publishedAt = Instant.now();
                }
                failingSince = null;
                failure = null;
                pruneNowAndThen();
                pause = FIRST_RETRY_PAUSE;
                if (sent == LOCKED) {
                    awaitWork(LOCKED_PAUSE); // this replica's rows may still be waiting: look again until it has the lock
                } else if (sent < batchSize) {
                    awaitWork(idlePoll);
                }
            } catch (Exception e) {
                LOG.warnf("outbox relay could not publish, retrying in %s: %s", pause, e.getMessage());
                if (failingSince == null) {
                    failingSince = Instant.now();
                }
                failure = String.valueOf(e.getMessage());
                closeProducer();
                awaitWork(pause);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private void awaitWork(Duration timeout) {
        try {
            if (work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                work.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Sends one batch; returns how many rows it marked sent, or {@link #LOCKED} when another replica is relaying. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return LOCKED;
            }
            // Read-only, and marked in one statement: no per-row dirty check and update for every event.
            List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("sentAt is null order by id")
                    .withHint(HibernateHints.HINT_READ_ONLY, true).page(0, batchSize).list();
            if (batch.isEmpty()) {
                return 0;
            }
            send(batch);
            OutboxEvent.update("sentAt = ?1 where id in ?2", OffsetDateTime.now(ZoneOffset.UTC),
                    batch.stream().map(event -> event.id).toList());
            return batch.size();
        });
    }

    private void send(List<OutboxEvent> batch) throws InterruptedException, ExecutionException, TimeoutException {
        KafkaProducer<String, String> kafka = producer();
        // The topics' metadata first: a send that waits for it in vain fails alone, and the sends after it, reaching a
        // broker that came back meanwhile, would overtake it (seen: a case's accepted and routed before its submitted).
        batch.stream().map(event -> event.topic).distinct().forEach(kafka::partitionsFor);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.key, event.payload);
            CloudEventHeaders.write(record.headers(), event.eventId, event.source, event.type, event.key, event.createdAt);
            CloudEventHeaders.writeExtensions(record.headers(), event.extensions);
            Future<RecordMetadata> ack = kafka.send(record);
            if (ack.isDone()) {
                ack.get(); // refused at once (no metadata, too large): the batch stops here, nothing after it overtakes it
            }
            acks.add(ack);
        }
        kafka.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    private void pruneNowAndThen() {
        long now = System.currentTimeMillis();
        if (now < nextPruneAt) {
            return;
        }
        nextPruneAt = now + PRUNE_EVERY.toMillis();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        long pruned = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.delete("sentAt < ?1", before));
        if (pruned > 0) {
            LOG.debugf("pruned %d sent outbox rows older than %s", pruned, retention);
        }
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafka.config(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 1,
                    // Fail fast while the broker is away, so the relay backs off instead of hanging.
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000)),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
