package org.onetrip.platform.security;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.TestInfrastructure;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The broker itself, with nothing of OneTrip in between: who may write and read which topic. Runs where
 * the brokers authenticate (the devstack); a container or external broker without authentication skips it.
 */
class KafkaAclTest {
    private static final String MZ = "330109013-MZ";
    private static final String SB = "330109013-SB";

    @BeforeAll
    static void onlyWhereKafkaAuthenticates() {
        assumeFalse(TestInfrastructure.get().kafkaSecurity("admin").isEmpty(), "this broker does not authenticate");
    }

    private static Map<String, Object> as(Map<String, Object> connection, Map<String, Object> more) {
        Map<String, Object> config = new HashMap<>(connection);
        config.putAll(more);
        config.put("max.block.ms", 5000);
        config.put("request.timeout.ms", 5000);
        config.put("delivery.timeout.ms", 6000);
        return config;
    }

    private static void write(Map<String, Object> connection, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(as(connection, Map.of()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "330109013-2026-000001", "{\"forged\":true}")).get();
        }
    }

    private static Throwable cause(Throwable e) {
        return e instanceof ExecutionException ? e.getCause() : e;
    }

    @Test
    void aClientWithoutCredentialsOrWithAWrongPasswordWritesNothing() {
        Map<String, Object> anonymous = Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers());
        assertThatThrownBy(() -> write(anonymous, KafkaProbe.DEPARTMENT_TOPIC_PREFIX + MZ)).isNotNull();

        Map<String, Object> wrong = new HashMap<>(TestInfrastructure.get().kafkaClient("intake-service", Map.of()));
        wrong.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                + "username=\"intake-service\" password=\"guessed\";");
        assertThatThrownBy(() -> write(wrong, "intake.cases")).satisfies(e ->
                assertThat(cause(e)).isInstanceOf(SaslAuthenticationException.class));
    }

    @Test
    void aServiceWritesOnlyTheTopicsItOwns() throws Exception {
        write(TestInfrastructure.get().kafkaClient("intake-service", Map.of()), "intake.cases");
        assertThatThrownBy(() -> write(TestInfrastructure.get().kafkaClient("intake-service", Map.of()), "catalogue.items"))
                .satisfies(e -> assertThat(cause(e)).isInstanceOf(TopicAuthorizationException.class));
        assertThatThrownBy(() -> write(TestInfrastructure.get().kafkaClient("oversight-service", Map.of()),
                KafkaProbe.DEPARTMENT_TOPIC_PREFIX + MZ))
                .satisfies(e -> assertThat(cause(e)).isInstanceOf(TopicAuthorizationException.class));
    }

    @Test
    void aDepartmentWritesOnlyItsOwnTopic() throws Exception {
        Map<String, Object> mz = KafkaProbe.department(MZ);
        KafkaProbe.department(SB);
        write(mz, KafkaProbe.DEPARTMENT_TOPIC_PREFIX + MZ);
        assertThatThrownBy(() -> write(mz, KafkaProbe.DEPARTMENT_TOPIC_PREFIX + SB))
                .satisfies(e -> assertThat(cause(e)).isInstanceOf(TopicAuthorizationException.class));
        assertThatThrownBy(() -> write(mz, "intake.cases"))
                .satisfies(e -> assertThat(cause(e)).isInstanceOf(TopicAuthorizationException.class));
    }

    @Test
    void aDepartmentUsesOnlyItsOwnConsumerGroupsNotThoseOfACodeItsOwnBegins() {
        Map<String, Object> m = KafkaProbe.department("330109013-M");
        KafkaProbe.department(MZ);
        assertThatThrownBy(() -> readWithGroup(m, "department-" + MZ))
                .isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
        assertThatThrownBy(() -> readWithGroup(m, "department-330109013-MZ.replay"))
                .isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
        readWithGroup(m, "department-330109013-M");
        readWithGroup(m, "department-330109013-M.replay");
    }

    private static void readWithGroup(Map<String, Object> connection, String group) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(as(connection, Map.of("group.id", group,
                "auto.offset.reset", "earliest")), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("intake.cases"));
            for (int i = 0; i < 40 && consumer.assignment().isEmpty(); i++) {
                consumer.poll(Duration.ofMillis(500));
            }
            assertThat(consumer.assignment()).as("joined " + group + " and was given partitions").isNotEmpty();
        }
    }

    @Test
    void aServiceReadsOnlyWhatItConsumes() throws Exception {
        write(TestInfrastructure.get().kafkaClient("intake-service", Map.of()), "intake.cases");
        KafkaProbe.department(MZ);
        Map<String, Object> oversight = as(TestInfrastructure.get().kafkaClient("oversight-service", Map.of()), Map.of(
                "group.id", "oversight-service", "auto.offset.reset", "earliest", "enable.auto.commit", "false"));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(oversight, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(KafkaProbe.DEPARTMENT_TOPIC_PREFIX + MZ));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).isInstanceOf(TopicAuthorizationException.class);
        }
        Map<String, Object> foreignGroup = as(TestInfrastructure.get().kafkaClient("proxy-agent-service", Map.of()), Map.of(
                "group.id", "intake-service-" + UUID.randomUUID(), "auto.offset.reset", "earliest"));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(foreignGroup, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("intake.cases"));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            }).isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
        }
    }
}
