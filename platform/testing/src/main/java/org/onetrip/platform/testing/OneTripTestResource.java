package org.onetrip.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.onetrip.devstack.LocalTokens;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} real PostgreSQL and Kafka and the key its tokens are signed with.
 * Register it once per module with {@code @WithTestResource(value = OneTripTestResource.class,
 * scope = TestResourceScope.GLOBAL)}. The servers live as long as the test JVM.
 */
public class OneTripTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        return Map.of(
                "onetrip.postgres.url", infrastructure.postgresUrl(),
                "onetrip.postgres.user", infrastructure.postgresUser(),
                "onetrip.postgres.password", infrastructure.postgresPassword(),
                "kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers(),
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", LocalTokens.ISSUER);
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM ends
    }
}
