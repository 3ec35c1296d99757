package org.onetrip.platform.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.onetrip.devstack.KafkaAccess;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * A plain Kafka client for tests, standing where a department system or another service would:
 * it reads a topic from its beginning and writes raw records.
 */
public final class KafkaProbe implements AutoCloseable {
    private static final String MARKER = "kafka-probe-marker";

    private final KafkaConsumer<String, String> consumer;
    private final List<String> topics;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaProbe(String... topics) {
        this.topics = List.of(topics);
        consumer = new KafkaConsumer<>(TestInfrastructure.kafkaAdmin(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false")),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** Polls until {@code done} holds for everything seen so far, and returns what was seen. */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<List<ConsumerRecord<String, String>>> done,
                                                             Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(seen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + timeout + "; saw " + describe(seen));
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Everything that arrives within {@code quiet}, for checking that nothing more comes. */
    public List<ConsumerRecord<String, String>> drain(Duration quiet) {
        Instant deadline = Instant.now().plus(quiet);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /**
     * Everything on the topics up to now, proven read: a marker is written to every partition of each topic (made
     * if it does not exist yet) and read back before this returns, so an answer without some record means the
     * topics were read and it was not there, never that they were not there yet. The markers are left out.
     */
    public List<ConsumerRecord<String, String>> readThroughMarkers(Duration timeout) {
        String marker = MARKER + "-" + UUID.randomUUID();
        int markers = 0;
        try (Admin admin = Admin.create(TestInfrastructure.kafkaAdmin(Map.of()));
             KafkaProducer<String, String> producer = new KafkaProducer<>(TestInfrastructure.kafkaAdmin(Map.of(
                     ProducerConfig.ACKS_CONFIG, "all")), new StringSerializer(), new StringSerializer())) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, java.util.Optional.empty(), java.util.Optional.empty()))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot make " + topic, e.getCause());
                    }
                }
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
                for (int p = 0; p < partitions; p++) {
                    producer.send(new ProducerRecord<>(topic, p, marker, MARKER)).get();
                    markers++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing markers to " + topics + " failed", e.getCause());
        }
        int expected = markers;
        awaitRecords(records -> records.stream().filter(r -> marker.equals(r.key())).count() == expected, timeout);
        return seen.stream().filter(r -> !MARKER.equals(r.value())).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Writes one record with the given headers, as the tests' super user, and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        send(TestInfrastructure.kafkaAdmin(Map.of()), topic, key, value, headers);
    }

    /** The same as a client with {@code connection} (bootstrap servers and security) would. */
    public static void send(Map<String, Object> connection, String topic, String key, String value, Map<String, String> headers) {
        Map<String, Object> config = new java.util.HashMap<>(connection);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending to " + topic + " failed", e.getCause());
        }
    }

    /**
     * Writes a CloudEvent as a producer of {@code source} would, and returns its {@code ce_id}. The data must match
     * its type's schema in docs/events, so a consumer test cannot use an event no producer could send; a test of
     * what a consumer does with a malformed event writes it with {@link #send}.
     */
    public static String sendEvent(String topic, String source, String type, String subject, String jsonData) {
        String id = UUID.randomUUID().toString();
        sendEvent(topic, source, type, subject, jsonData, id);
        return id;
    }

    /** The same, with a given {@code ce_id}: sending it again is a redelivery. */
    public static void sendEvent(String topic, String source, String type, String subject, String jsonData, String id) {
        EventSchemas.assertValid(type, jsonData);
        send(topic, subject, jsonData, cloudEventHeaders(source, type, subject, id));
    }

    /**
     * A department system's report, sent as that department's own principal on its own topic
     * {@code department.progress.<code>} (made on first use), as a real department system connects.
     */
    public static String sendDepartmentEvent(String department, String type, String subject, String jsonData) {
        String id = UUID.randomUUID().toString();
        sendDepartmentEvent(department, type, subject, jsonData, id);
        return id;
    }

    /** The same, with a given {@code ce_id}. */
    public static void sendDepartmentEvent(String department, String type, String subject, String jsonData, String id) {
        EventSchemas.assertValid(type, jsonData);
        send(department(department), DEPARTMENT_TOPIC_PREFIX + department, subject, jsonData,
                cloudEventHeaders("/departments/" + department, type, subject, id));
    }

    public static final String DEPARTMENT_TOPIC_PREFIX = KafkaAccess.DEPARTMENT_TOPIC_PREFIX;
    private static final Map<String, Map<String, Object>> DEPARTMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A department system's connection: its credential and topic, made once per test JVM. */
    public static Map<String, Object> department(String code) {
        return DEPARTMENTS.computeIfAbsent(code, c -> {
            Map<String, Object> config = new java.util.HashMap<>(TestInfrastructure.get().kafkaDepartment(c));
            config.put("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers());
            return config;
        });
    }

    /** The binary-mode CloudEvent headers, for a test that writes an event with {@link #send} (one without a published schema). */
    public static Map<String, String> cloudEventHeaders(String source, String type, String subject, String id) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_source", source,
                "ce_type", type, "ce_subject", subject, "ce_time", java.time.OffsetDateTime.now().toString(),
                "content-type", "application/json");
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> r.topic() + "/" + r.key() + "=" + r.value()).toList().toString();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
