package org.onetrip.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.onetrip.devstack.LocalTokens;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} real PostgreSQL and Kafka, the key its tokens are signed with, and real providers for
 * residents' messages (MessageProviders: SMTP and an SMS gateway).
 * Register it once per module with {@code @WithTestResource(value = OneTripTestResource.class,
 * scope = TestResourceScope.GLOBAL)}. The servers live as long as the test JVM.
 */
public class OneTripTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, Object> admin = infrastructure.kafkaSecurity("admin");
        Map<String, String> config = new java.util.HashMap<>(MessageProviders.get().config());
        config.putAll(Map.ofEntries(
                // Keys that seal personal data, made for this test JVM; "old" lets tests read data sealed before a rotation.
                Map.entry("onetrip.pii.keys.local", PII_KEY),
                Map.entry("onetrip.pii.keys.old", OLD_PII_KEY),
                Map.entry("onetrip.pii.hash-key", PII_HASH_KEY),
                Map.entry("onetrip.pii.exchange.keys.local", PII_EXCHANGE_KEY),
                // A department system's own exchange key, with which it seals the applicants it registers.
                Map.entry("onetrip.pii.exchange.keys." + DEPARTMENT_EXCHANGE_KEY_ID, DEPARTMENT_EXCHANGE_KEY),
                Map.entry("onetrip.postgres.url", infrastructure.postgresUrl()),
                Map.entry("onetrip.postgres.user", infrastructure.postgresUser()),
                Map.entry("onetrip.postgres.password", infrastructure.postgresPassword()),
                Map.entry("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers()),
                // The application under test connects as the super user; the services' own principals and
                // their ACLs are exercised by the packaged services of the e2e tests and by KafkaAclTest.
                Map.entry("kafka.security.protocol", String.valueOf(admin.getOrDefault("security.protocol", "PLAINTEXT"))),
                Map.entry("kafka.sasl.jaas.config", String.valueOf(admin.getOrDefault("sasl.jaas.config", ""))),
                Map.entry("mp.jwt.verify.publickey", TestTokens.publicKeyPem()),
                Map.entry("mp.jwt.verify.issuer", LocalTokens.ISSUER),
                // Messages to residents are sent while tests wait for them: the first retry within a second.
                Map.entry("onetrip.notifications.retry.first-pause", "PT0.5S")));
        return config;
    }

    /** Keys made for this test JVM, the same for every start in it, so sealed data stays readable. */
    public static final String PII_KEY = randomKey();
    static final String OLD_PII_KEY = randomKey();
    public static final String PII_HASH_KEY = randomKey();
    public static final String PII_EXCHANGE_KEY = randomKey();
    public static final String DEPARTMENT_EXCHANGE_KEY_ID = "department-system";
    public static final String DEPARTMENT_EXCHANGE_KEY = randomKey();

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; stopped when the JVM ends
    }
}
