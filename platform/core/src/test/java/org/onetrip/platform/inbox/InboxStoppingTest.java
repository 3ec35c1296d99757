package org.onetrip.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that stops while events arrive leaves them for the next consumer: neither applied against a
 * closing database nor dead-lettered, and their offsets never committed. Its own application instance
 * (a test profile), since it ends with an inbox that takes nothing more.
 */
@QuarkusTest
@TestProfile(InboxStoppingTest.OwnInstance.class)
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class InboxStoppingTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    public static class OwnInstance implements QuarkusTestProfile {
    }

    @Inject
    Inbox inbox;

    @Inject
    ProbeService probes;

    @Inject
    MeterRegistry metrics;

    @Test
    void eventsArrivingWhileTheServiceStopsAreLeftUncommittedForTheNextConsumer() throws Exception {
        String before = "before-stop-" + UUID.randomUUID();
        probes.record(before, 1, false);
        await().atMost(PATIENCE).until(() -> applied(before).size() == 1);

        inbox.stopAccepting();
        String during = "during-stop-" + UUID.randomUUID();
        probes.record(during, 1, false);
        ConsumerRecord<String, String> applied;
        ConsumerRecord<String, String> record;
        try (KafkaProbe topic = new KafkaProbe(ProbeService.TOPIC)) {
            List<ConsumerRecord<String, String>> seen = topic.awaitRecords(
                    all -> all.stream().anyMatch(r -> during.equals(r.key())), PATIENCE);
            applied = seen.stream().filter(r -> before.equals(r.key())).findFirst().orElseThrow();
            record = seen.stream().filter(r -> during.equals(r.key())).findFirst().orElseThrow();
        }
        await().atMost(PATIENCE).until(() -> metrics.counter("onetrip.inbox.deferred", "consumer", "probes").count() >= 1);

        givePartitionsUp();
        try (Admin admin = Admin.create(TestInfrastructure.kafkaAdmin(Map.of()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("platform-test")
                    .partitionsToOffsetAndMetadata().get();
            // The commit was made: past the record applied before the stop (so the check below is not of nothing) ...
            assertThat(committed.get(new TopicPartition(applied.topic(), applied.partition())).offset())
                    .isGreaterThan(applied.offset());
            // ... and not past the record deferred.
            OffsetAndMetadata deferred = committed.get(new TopicPartition(record.topic(), record.partition()));
            assertThat(deferred == null ? 0 : deferred.offset()).isLessThanOrEqualTo(record.offset());
        }
        assertThat(applied(during)).isEmpty();
        try (KafkaProbe dlq = new KafkaProbe("platform.probes.dlq.platform-test")) {
            assertThat(dlq.readThroughMarkers(Duration.ofSeconds(30))).noneMatch(r -> during.equals(r.key()));
        }
    }

    /**
     * Another member joining the group makes the service's consumer give its partitions up, and the commit strategy
     * commits what it may as it does: once the newcomer holds partitions, a commit past the deferred record would have
     * been made (no wait for the periodic commit, which might not have come round yet).
     */
    private static void givePartitionsUp() {
        try (KafkaConsumer<String, String> newcomer = new KafkaConsumer<>(TestInfrastructure.kafkaAdmin(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "platform-test", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new StringDeserializer())) {
            newcomer.subscribe(List.of(ProbeService.TOPIC));
            await().atMost(PATIENCE).until(() -> {
                newcomer.poll(Duration.ofMillis(200));
                return !newcomer.assignment().isEmpty();
            });
        }
    }

    private static List<Integer> applied(String aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> ProbeApplied.sequence(aggregate));
    }
}
