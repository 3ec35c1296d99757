package org.onetrip.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.probe.ProbeApplied;
import org.onetrip.platform.probe.ProbeService;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The inbox keeps how far it handled each partition with the effects, and a consumer handed the partition resumes
 * from there: a record Kafka's committed offset passed without its being applied is read again.
 */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class InboxPositionsTest {

    @Inject
    @Identifier(InboxPositions.NAME)
    InboxPositions positions;

    @Inject
    ProbeService probes;

    @Inject
    EntityManager entityManager;

    @Test
    void eachHandledRecordMovesItsPartitionsPositionInTheSameTransaction() {
        String aggregate = "position-" + UUID.randomUUID();
        probes.record(aggregate, 1, false);
        await().atMost(Duration.ofSeconds(90)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> ProbeApplied.sequence(aggregate)).size() == 1);
        ConsumerRecord<String, String> record;
        try (KafkaProbe topic = new KafkaProbe(ProbeService.TOPIC)) {
            record = topic.awaitRecords(seen -> seen.stream().anyMatch(r -> aggregate.equals(r.key())), Duration.ofSeconds(60))
                    .stream().filter(r -> aggregate.equals(r.key())).findFirst().orElseThrow();
        }
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        assertThat(positions.handled(List.of(partition)).get(partition)).isGreaterThanOrEqualTo(record.offset());
    }

    @Test
    void aConsumerResumesAfterWhatWasHandledNotAfterWhatKafkaCommitted() {
        TopicPartition ahead = new TopicPartition("positions.test." + UUID.randomUUID(), 0);
        TopicPartition behind = new TopicPartition(ahead.topic(), 1);
        TopicPartition unknown = new TopicPartition(ahead.topic(), 2);
        QuarkusTransaction.requiringNew().run(() -> {
            position(ahead, 41);
            position(behind, 60);
        });
        try (MockConsumer<String, String> consumer = new MockConsumer<>("earliest")) {
            consumer.assign(List.of(ahead, behind, unknown));
            consumer.updateBeginningOffsets(Map.of(ahead, 0L, behind, 0L, unknown, 0L));
            // Kafka committed past record 42, which was never applied (deferred as the service stopped) ...
            consumer.commitSync(Map.of(ahead, new OffsetAndMetadata(50), behind, new OffsetAndMetadata(55),
                    unknown, new OffsetAndMetadata(7)));
            positions.onPartitionsAssigned(consumer, List.of(ahead, behind, unknown));
            assertThat(consumer.position(ahead)).as("read again from the first record not handled").isEqualTo(42);
            // ... or lags behind what was applied and committed by the same transaction: no need to read that again.
            assertThat(consumer.position(behind)).isEqualTo(61);
            // A partition the inbox never handled starts where Kafka says.
            assertThat(consumer.position(unknown)).isEqualTo(7);
        }
    }

    /** Kafka's offset is no fallback: it may have passed a deferred record. The consumer waits for the database. */
    @Test
    void whileTheDatabaseIsAwayAConsumerWaitsForThePositionsRatherThanTrustingKafka() throws Exception {
        assumeTrue(TestInfrastructure.get().canStopPostgres(), "only the devstack takes PostgreSQL away");
        TopicPartition ahead = new TopicPartition("positions.test." + UUID.randomUUID(), 0);
        QuarkusTransaction.requiringNew().run(() -> position(ahead, 41));
        try (MockConsumer<String, String> consumer = new MockConsumer<>("earliest")) {
            consumer.assign(List.of(ahead));
            consumer.updateBeginningOffsets(Map.of(ahead, 0L));
            consumer.commitSync(Map.of(ahead, new OffsetAndMetadata(50)));
            CompletableFuture<Void> assigned;
            TestInfrastructure.get().stopPostgres();
            try {
                assigned = CompletableFuture.runAsync(() -> positions.onPartitionsAssigned(consumer, List.of(ahead)));
            } finally {
                TestInfrastructure.get().startPostgres();
            }
            assigned.get(90, TimeUnit.SECONDS);
            assertThat(consumer.position(ahead)).as("read again from the first record not handled").isEqualTo(42);
        }
    }

    private void position(TopicPartition partition, long position) {
        entityManager.createNativeQuery("insert into inbox_position (topic, partition, position) values (:t, :p, :o)")
                .setParameter("t", partition.topic()).setParameter("p", partition.partition()).setParameter("o", position)
                .executeUpdate();
    }
}
