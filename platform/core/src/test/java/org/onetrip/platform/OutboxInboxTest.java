package org.onetrip.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.outbox.OutboxBacklog;
import org.onetrip.platform.outbox.OutboxEvent;
import org.onetrip.platform.probe.ProbeApplied;
import org.onetrip.platform.probe.ProbeService;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The event machinery end to end on real PostgreSQL and a real Kafka broker: outbox → relay → Kafka →
 * consumer → inbox, with the failures it exists for.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxInboxTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Inject
    ProbeService probes;

    @Inject
    OutboxBacklog backlog;

    @Test
    void anEventIsAppliedExactlyOnceEvenWhenDeliveredTwice() {
        String aggregate = unique("twice");
        probes.record(aggregate, 1, false);
        await().atMost(PATIENCE).until(() -> applied(aggregate).size() == 1);

        ConsumerRecord<String, String> published;
        try (KafkaProbe kafka = new KafkaProbe(ProbeService.TOPIC)) {
            published = kafka.awaitRecords(seen -> seen.stream().anyMatch(r -> aggregate.equals(r.key())), PATIENCE)
                    .stream().filter(r -> aggregate.equals(r.key())).findFirst().orElseThrow();
        }
        assertThat(KafkaProbe.header(published, "ce_type")).isEqualTo(ProbeService.RECORDED);
        assertThat(KafkaProbe.header(published, "ce_subject")).isEqualTo(aggregate);
        assertThat(KafkaProbe.header(published, "ce_source")).isEqualTo("/onetrip/platform-test");
        assertThat(KafkaProbe.header(published, "ce_specversion")).isEqualTo("1.0");

        Map<String, String> headers = new HashMap<>();
        published.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        KafkaProbe.send(ProbeService.TOPIC, aggregate, published.value(), headers);
        String marker = unique("after-redelivery");
        probes.record(marker, 1, false);
        await().atMost(PATIENCE).until(() -> applied(marker).size() == 1);

        assertThat(applied(aggregate)).containsExactly(1);
    }

    @Test
    void anEventCarriesTheTraceItWasStoredInToTheConsumerThatAppliesIt() {
        String aggregate = unique("traced");
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        var request = io.opentelemetry.api.trace.SpanContext.createFromRemoteParent(trace, "00f067aa0ba902b7",
                io.opentelemetry.api.trace.TraceFlags.getSampled(), io.opentelemetry.api.trace.TraceState.getDefault());
        try (var ignored = io.opentelemetry.context.Context.root().with(io.opentelemetry.api.trace.Span.wrap(request)).makeCurrent()) {
            probes.record(aggregate, 1, false);
        }
        await().atMost(PATIENCE).until(() -> applied(aggregate).size() == 1);
        String traceparent = "00-" + trace + "-00f067aa0ba902b7-01";
        assertThat(storedTraceparent(aggregate)).isEqualTo(traceparent);
        try (KafkaProbe kafka = new KafkaProbe(ProbeService.TOPIC)) {
            ConsumerRecord<String, String> published = kafka.awaitRecords(seen -> seen.stream().anyMatch(r -> aggregate.equals(r.key())),
                    PATIENCE).stream().filter(r -> aggregate.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(published, "ce_traceparent")).isEqualTo(traceparent);
            assertThat(KafkaProbe.header(published, "traceparent")).isEqualTo(traceparent);
        }
        assertThat(org.onetrip.platform.probe.ProbeConsumer.TRACES).containsEntry(aggregate, trace);
        // Outside a trace, an event carries none.
        String untraced = unique("untraced");
        probes.record(untraced, 1, false);
        await().atMost(PATIENCE).until(() -> applied(untraced).size() == 1);
        assertThat(storedTraceparent(untraced)).isNull();
    }

    @Test
    void aRolledBackTransactionEmitsNothing() {
        String aggregate = unique("rolled-back");
        assertThatThrownBy(() -> probes.record(aggregate, 1, true)).isInstanceOf(IllegalStateException.class);
        String marker = unique("after-rollback");
        probes.record(marker, 1, false);

        await().atMost(PATIENCE).until(() -> applied(marker).size() == 1);
        try (KafkaProbe kafka = new KafkaProbe(ProbeService.TOPIC)) {
            List<ConsumerRecord<String, String>> seen = kafka.awaitRecords(
                    all -> all.stream().anyMatch(r -> marker.equals(r.key())), PATIENCE);
            assertThat(seen).noneMatch(r -> aggregate.equals(r.key()));
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", aggregate))).isZero();
        assertThat(applied(aggregate)).isEmpty();
    }

    @Test
    void eventsWrittenWhileKafkaIsDownArriveInOrderAfterItReturns() {
        String aggregate = unique("outage");
        TestInfrastructure.get().stopKafka();
        try {
            IntStream.rangeClosed(1, 5).forEach(seq -> probes.record(aggregate, seq, false));
            assertThat(backlog.measure().pending()).as("events wait in the outbox").isGreaterThanOrEqualTo(5);
        } finally {
            TestInfrastructure.get().startKafka();
        }
        await().atMost(PATIENCE).until(() -> applied(aggregate).size() == 5);
        assertThat(applied(aggregate)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndLaterRecordsStillFlow() {
        String poisonKey = unique("poison");
        KafkaProbe.send(ProbeService.TOPIC, poisonKey, "{\"not\":\"a cloud event\"}", Map.of());
        String invalidKey = unique("invalid-data");
        KafkaProbe.send(ProbeService.TOPIC, invalidKey, "{\"seq\":0}", Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_source", "/test",
                "ce_type", ProbeService.RECORDED, "ce_subject", invalidKey));
        String after = unique("after-poison");
        probes.record(after, 1, false);

        await().atMost(PATIENCE).until(() -> applied(after).size() == 1);
        try (KafkaProbe dlq = new KafkaProbe("platform.probes.dlq.platform-test")) {
            List<ConsumerRecord<String, String>> dead = dlq.awaitRecords(seen ->
                    seen.stream().anyMatch(r -> poisonKey.equals(r.key()))
                            && seen.stream().anyMatch(r -> invalidKey.equals(r.key())), PATIENCE);
            ConsumerRecord<String, String> poison = dead.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(poison, "dead-letter-reason")).contains("ce_id");
            ConsumerRecord<String, String> invalid = dead.stream().filter(r -> invalidKey.equals(r.key())).findFirst().orElseThrow();
            assertThat(KafkaProbe.header(invalid, "dead-letter-reason")).contains("no valid seq");
        }
        assertThat(applied(invalidKey)).isEmpty();
    }

    @Test
    void anEventWaitsOutAnUnreachableDatabaseInsteadOfBeingDeadLettered() {
        String aggregate = unique("database-away");
        // Five failed attempts, more than the three an event's own failure gets.
        // The probe's event type is this test's own, with no published schema: written as it is.
        KafkaProbe.send(ProbeService.TOPIC, aggregate, "{\"seq\":1,\"unreachable\":5}",
                KafkaProbe.cloudEventHeaders("/test", ProbeService.RECORDED, aggregate, java.util.UUID.randomUUID().toString()));

        await().atMost(PATIENCE).until(() -> applied(aggregate).size() == 1);
        try (KafkaProbe dlq = new KafkaProbe("platform.probes.dlq.platform-test")) {
            assertThat(dlq.readThroughMarkers(Duration.ofSeconds(30))).noneMatch(r -> aggregate.equals(r.key()));
        }
    }

    @Test
    void aBurstOfEventsIsAppliedInFewTransactionsAndInOrder() {
        String aggregate = unique("burst");
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int seq = 1; seq <= 60; seq++) {
                ids.add(send(producer, aggregate, "{\"seq\":" + seq + "}", UUID.randomUUID().toString()));
            }
        }
        await().atMost(PATIENCE).until(() -> applied(aggregate).size() == 60);

        assertThat(applied(aggregate)).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
        // Each transaction claims its events at one now(): a batch shows as events sharing it.
        long transactions = QuarkusTransaction.requiringNew().call(() -> ((Number) ProbeApplied.getEntityManager()
                .createNativeQuery("select count(distinct applied_at) from inbox_event where event_id = any(cast(:ids as uuid[]))")
                .setParameter("ids", ids.toArray(String[]::new)).getSingleResult()).longValue());
        assertThat(transactions).isLessThan(60);
    }

    @Test
    void aPoisonEventAndARepeatInABatchLeaveTheRestAppliedOnceAndInOrder() {
        String aggregate = unique("batch-with-poison");
        String poisonId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int seq = 1; seq <= 30; seq++) {
                String id = send(producer, aggregate, "{\"seq\":" + seq + "}", UUID.randomUUID().toString());
                if (seq == 10) {
                    send(producer, aggregate, "{\"seq\":10}", id); // the relay sending an event again
                }
                if (seq == 20) {
                    send(producer, aggregate, "{\"seq\":0}", poisonId);
                }
            }
        }
        await().atMost(PATIENCE).until(() -> applied(aggregate).size() >= 30);

        assertThat(applied(aggregate)).containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        try (KafkaProbe dlq = new KafkaProbe("platform.probes.dlq.platform-test")) {
            List<ConsumerRecord<String, String>> dead = dlq.awaitRecords(seen -> seen.stream()
                    .anyMatch(r -> poisonId.equals(KafkaProbe.header(r, "ce_id"))), PATIENCE);
            assertThat(dead).filteredOn(r -> aggregate.equals(r.key())).hasSize(1);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(TestInfrastructure.kafkaAdmin(Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 50)), new StringSerializer(), new StringSerializer());
    }

    /** Sends a probe event with the given id, unacknowledged: records sent together reach the consumer together. */
    private static String send(KafkaProducer<String, String> producer, String aggregate, String data, String id) {
        ProducerRecord<String, String> record = new ProducerRecord<>(ProbeService.TOPIC, aggregate, data);
        KafkaProbe.cloudEventHeaders("/test", ProbeService.RECORDED, aggregate, id)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
        return id;
    }

    private static String storedTraceparent(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent event = OutboxEvent.<OutboxEvent>find("from OutboxEvent e where e.key = ?1", aggregate).firstResult();
            return event.extensions == null ? null : event.extensions.get("traceparent");
        });
    }

    private static List<Integer> applied(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> ProbeApplied.sequence(aggregate));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID();
    }
}
