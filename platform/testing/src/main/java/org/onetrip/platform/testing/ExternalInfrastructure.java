package org.onetrip.platform.testing;

import org.junit.jupiter.api.Assumptions;

/** PostgreSQL and Kafka someone else runs, given through ONETRIP_TEST_* environment variables. */
record ExternalInfrastructure(String postgresUrl, String postgresUser, String postgresPassword,
                              String kafkaBootstrapServers) implements TestInfrastructure {

    ExternalInfrastructure {
        Databases.ensure(postgresUrl, postgresUser, postgresPassword, "postgres");
    }

    @Override
    public void stopKafka() {
        Assumptions.abort("an external Kafka cannot be stopped by the tests");
    }

    @Override
    public void startKafka() {
        Assumptions.abort("an external Kafka cannot be started by the tests");
    }
}
