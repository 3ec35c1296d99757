package org.onetrip.platform.testing;

import org.testcontainers.DockerClientFactory;

import java.util.Map;

/**
 * The real PostgreSQL and Kafka the tests of this JVM run against, started once and shared by every
 * test. Chosen in this order: URLs given in the environment, Testcontainers when a Docker engine
 * answers, else the devstack.
 */
public interface TestInfrastructure {

    /** The databases tests may use: one per service, and one for the platform's own tests. */
    String DATABASES = "catalogue,intake,proxyagent,oversight,platform";

    /** JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:15432}. */
    String postgresUrl();

    String postgresUser();

    String postgresPassword();

    String kafkaBootstrapServers();

    /**
     * How {@code principal} (a service's name, {@code admin} for the tests themselves) connects besides the
     * bootstrap servers: the devstack authenticates every client; containers and external brokers here do not.
     */
    default Map<String, Object> kafkaSecurity(String principal) {
        return kafkaPassword(principal).map(password -> org.onetrip.devstack.KafkaAccess.clientConfig(principal, password))
                .orElse(Map.of());
    }

    /** The principal's SCRAM password where the broker authenticates (the devstack); empty elsewhere. */
    default java.util.Optional<String> kafkaPassword(String principal) {
        return java.util.Optional.empty();
    }

    /** A department system's credential and topic, made where the broker authenticates; its connection. */
    default Map<String, Object> kafkaDepartment(String departmentCode) {
        return Map.of();
    }

    /** A client's whole configuration: bootstrap servers, its principal's security, and {@code more}. */
    default Map<String, Object> kafkaClient(String principal, Map<String, Object> more) {
        Map<String, Object> config = new java.util.HashMap<>(kafkaSecurity(principal));
        config.put("bootstrap.servers", kafkaBootstrapServers());
        config.putAll(more);
        return config;
    }

    /** The tests' own clients: the super user where there is one. */
    static Map<String, Object> kafkaAdmin(Map<String, Object> more) {
        return get().kafkaClient("admin", more);
    }

    /** Takes the broker away, as an outage would; clients keep their configuration. */
    void stopKafka();

    /** Brings the broker back on the same address and data. */
    void startKafka();

    /** Whether this infrastructure can take PostgreSQL away and bring it back (the devstack can). */
    default boolean canStopPostgres() {
        return false;
    }

    /** Takes PostgreSQL away, as an outage would: connected clients are cut off, the data kept. */
    default void stopPostgres() {
        throw new UnsupportedOperationException("this test infrastructure cannot stop PostgreSQL");
    }

    /** Brings PostgreSQL back on the same address and data. */
    default void startPostgres() {
        throw new UnsupportedOperationException("this test infrastructure cannot start PostgreSQL");
    }

    static TestInfrastructure get() {
        return Holder.INSTANCE;
    }

    final class Holder {
        private static final TestInfrastructure INSTANCE = choose();

        private Holder() {
        }

        private static TestInfrastructure choose() {
            String url = System.getenv("ONETRIP_TEST_POSTGRES_URL");
            String kafka = System.getenv("ONETRIP_TEST_KAFKA_BOOTSTRAP_SERVERS");
            if (url != null && kafka != null) {
                return new ExternalInfrastructure(url, env("ONETRIP_TEST_POSTGRES_USER", "onetrip"),
                        env("ONETRIP_TEST_POSTGRES_PASSWORD", "onetrip"), kafka);
            }
            if (dockerAvailable()) {
                return ContainerInfrastructure.start();
            }
            return DevStackInfrastructure.start();
        }

        private static boolean dockerAvailable() {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
