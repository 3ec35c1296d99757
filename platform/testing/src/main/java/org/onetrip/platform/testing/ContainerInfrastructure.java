package org.onetrip.platform.testing;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL and Kafka in containers, for hosts with a Docker engine. */
final class ContainerInfrastructure implements TestInfrastructure {
    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerInfrastructure(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerInfrastructure start() {
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")
                .withUsername("onetrip").withPassword("onetrip").withDatabaseName("postgres");
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.2");
        postgres.start();
        kafka.start();
        var infrastructure = new ContainerInfrastructure(postgres, kafka);
        Databases.ensure(infrastructure.postgresUrl(), "onetrip", "onetrip", "postgres");
        return infrastructure;
    }

    @Override
    public String postgresUrl() {
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432);
    }

    @Override
    public String postgresUser() {
        return postgres.getUsername();
    }

    @Override
    public String postgresPassword() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    /** Pausing keeps the mapped port, so clients find the broker again after an outage. */
    @Override
    public void stopKafka() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startKafka() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }
}
