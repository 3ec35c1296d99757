package org.onetrip.bench;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripSystem;
import org.onetrip.platform.testing.ServiceProcess;
import org.onetrip.platform.testing.TestInfrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * 6. Catch-up: a consumer stopped while a backlog of events builds, then started; how many events a second it
 * applies until it has them all, and that each had its effect exactly once.
 *
 * <p>oversight and proxy-agent read {@code intake.cases}: both are stopped while the window opens cases until the
 * topic holds the backlog. intake's department consumer reads the department topics: intake is stopped while a
 * department system reports progress on those cases. Each is then started on its own (the others idle) and timed
 * from the first event it applies to the last: the bench writes a marker event into every partition before the
 * backlog and another after it, of a type no consumer applies, and each consumer's inbox records when it claimed
 * them (the database's clock for both ends).
 */
final class CatchUp {
    private static final String CASES = "intake.cases";
    private static final String DEPARTMENT = "330109013-MZ";
    private static final String DEPARTMENT_TOPIC = KafkaProbe.DEPARTMENT_TOPIC_PREFIX + DEPARTMENT;
    private static final String MARKER = "org.onetrip.bench.marker.v1";
    private static final int BACKLOG = Integer.getInteger("bench.backlog", 20_000);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private CatchUp() {
    }

    static void run(OneTripSystem system) throws Exception {
        Bench.awaitCaughtUp();
        system.oversight.stop();
        system.proxyAgent.stop();
        List<String> caseStart = markers(TestInfrastructure.kafkaAdmin(Map.of()), CASES);
        long from = endOffsets(CASES);
        List<String> numbers = openCases(system.intake, () -> endOffsets(CASES) - from >= BACKLOG);
        awaitQuiet(CASES); // intake's relay has sent what the last cases wrote
        long caseEvents = endOffsets(CASES) - from;
        List<String> caseEnd = markers(TestInfrastructure.kafkaAdmin(Map.of()), CASES);

        system.intake.stop();
        Map<String, Object> department = KafkaProbe.department(DEPARTMENT);
        List<String> reportStart = markers(department, DEPARTMENT_TOPIC);
        int reports = report(department, numbers);
        List<String> reportEnd = markers(department, DEPARTMENT_TOPIC);

        Bench.say("6. catch-up: a backlog of %d case events (%d cases) on %s and %d progress reports on %s",
                caseEvents, numbers.size(), CASES, reports, DEPARTMENT_TOPIC);
        double oversight = timed(system.oversight, "oversight", "intake-cases", caseStart, caseEnd, caseEvents);
        long watched = count("oversight", "select count(*) from watched_case where number = any(?) and status = 'ROUTED'", numbers);
        long claimed = claimedBetween("oversight", "intake-cases", caseStart, caseEnd);
        Bench.say("   oversight: %.0f events/s; %d of %d cases in its read model as routed, %d events claimed in its inbox"
                + " for %d on the topic (exactly once: %s)", oversight, watched, numbers.size(), claimed, caseEvents,
                watched == numbers.size() && claimed == caseEvents);

        double proxy = timed(system.proxyAgent, "proxyagent", "intake-cases", caseStart, caseEnd, caseEvents);
        Bench.say("   proxy-agent: %.0f events/s (window cases, passed over on their ce_channel header)", proxy);

        double intake = timed(system.intake, "intake", "department-progress", reportStart, reportEnd, reports);
        long history = count("intake", "select count(*) from case_transition t join intake_case c on c.id = t.case_id"
                + " where c.number = any(?) and t.actor = 'department:" + DEPARTMENT + "'", numbers);
        long reportsClaimed = claimedBetween("intake", "department-progress", reportStart, reportEnd);
        Bench.say("   intake's department consumer: %.0f reports/s; %d lines of history for %d reports, %d claimed in its inbox"
                + " (exactly once: %s)", intake, history, reports, reportsClaimed, history == reports && reportsClaimed == reports);
        Bench.json("catchUp", Map.of("caseEvents", caseEvents, "oversightPerSecond", oversight, "proxyAgentPerSecond", proxy,
                "reports", reports, "intakePerSecond", intake));
    }

    /** Opens cases with eight clients back to back until {@code enough}; returns their numbers. */
    static List<String> openCases(ServiceProcess intake, BooleanSupplier enough) throws InterruptedException {
        Queue<String> numbers = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        for (int i = 0; i < 8; i++) {
            Thread client = new Thread(() -> {
                while (!done.get()) {
                    try {
                        numbers.add(Bench.submitAndAccept(intake, null).join());
                    } catch (RuntimeException e) {
                        sleep(100);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        while (!enough.getAsBoolean()) {
            Thread.sleep(500);
        }
        done.set(true);
        for (Thread client : clients) {
            client.join();
        }
        return List.copyOf(numbers);
    }

    /** Three progress reports per case, as the department's own system writes them on its topic. */
    private static int report(Map<String, Object> department, List<String> numbers) {
        int perCase = Math.max(1, (BACKLOG + numbers.size() - 1) / numbers.size());
        int sent = 0;
        try (KafkaProducer<String, String> producer = producer(department)) {
            for (int round = 1; round <= perCase; round++) {
                for (String number : numbers) {
                    String data = "{\"caseNumber\":\"%s\",\"department\":\"%s\",\"note\":\"第%d次进展\"}".formatted(number, DEPARTMENT, round);
                    send(producer, new ProducerRecord<>(DEPARTMENT_TOPIC, number, data),
                            "/departments/" + DEPARTMENT, "org.onetrip.department.case.progressed.v1", UUID.randomUUID().toString());
                    sent++;
                }
            }
            producer.flush();
        }
        return sent;
    }

    /** A marker in every partition of the topic; returns their ids. */
    private static List<String> markers(Map<String, Object> connection, String topic) {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = producer(connection)) {
            for (PartitionInfo partition : producer.partitionsFor(topic)) {
                String id = UUID.randomUUID().toString();
                send(producer, new ProducerRecord<>(topic, partition.partition(), "bench-marker", "{}"), "/bench", MARKER, id);
                ids.add(id);
            }
            producer.flush();
        }
        return ids;
    }

    private static void send(KafkaProducer<String, String> producer, ProducerRecord<String, String> record, String source,
                             String type, String id) {
        KafkaProbe.cloudEventHeaders(source, type, record.key(), id)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> connection) {
        Map<String, Object> config = new HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /**
     * Starts the stopped service and waits until it has claimed the end markers; returns the events a second from its
     * first claimed start marker to the last end marker.
     */
    private static double timed(ServiceProcess service, String database, String consumer, List<String> start, List<String> end,
                                long events) throws Exception {
        service.start();
        service.awaitReady(OneTripSystem.READY);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (claimed(database, consumer, end) < end.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(database + " had not applied its backlog after " + PATIENCE);
            }
            Thread.sleep(100);
        }
        Timestamp[] span = span(database, consumer, start, end);
        return events / ((span[1].getTime() - span[0].getTime()) / 1000.0);
    }

    private static long claimed(String database, String consumer, List<String> ids) throws Exception {
        return query(database, "select count(*) from inbox_event where consumer = '" + consumer + "' and event_id = any(?::uuid[])",
                ids, rs -> rs.getLong(1));
    }

    /** When the first start marker and the last end marker were claimed. */
    private static Timestamp[] span(String database, String consumer, List<String> start, List<String> end) throws Exception {
        Timestamp first = query(database, "select min(applied_at) from inbox_event where consumer = '" + consumer
                + "' and event_id = any(?::uuid[])", start, rs -> rs.getTimestamp(1));
        Timestamp last = query(database, "select max(applied_at) from inbox_event where consumer = '" + consumer
                + "' and event_id = any(?::uuid[])", end, rs -> rs.getTimestamp(1));
        return new Timestamp[] {first, last};
    }

    /** The events a consumer claimed between the markers, the markers not counted. */
    private static long claimedBetween(String database, String consumer, List<String> start, List<String> end) throws Exception {
        Timestamp[] span = span(database, consumer, start, end);
        List<String> markers = new ArrayList<>(start);
        markers.addAll(end);
        try (Connection c = Bench.connect(database);
             PreparedStatement s = c.prepareStatement("select count(*) from inbox_event where consumer = ? and applied_at"
                     + " between ? and ? and not event_id = any(?::uuid[])")) {
            s.setString(1, consumer);
            s.setTimestamp(2, span[0]);
            s.setTimestamp(3, span[1]);
            s.setArray(4, c.createArrayOf("varchar", markers.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(String database, String sql, List<String> numbers) throws Exception {
        return query(database, sql, numbers, rs -> rs.getLong(1));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> T query(String database, String sql, List<String> values, Row<T> row) throws Exception {
        try (Connection c = Bench.connect(database); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", values.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return row.read(rs);
            }
        }
    }

    /** The sum of the topic's end offsets: how many records it has ever held. */
    private static long endOffsets(String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(TestInfrastructure.kafkaAdmin(Map.of()),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions, Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void awaitQuiet(String topic) throws InterruptedException {
        long seen = -1;
        for (long now = endOffsets(topic); now != seen; now = endOffsets(topic)) {
            seen = now;
            Thread.sleep(2000);
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
