package org.onetrip.platform.events;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.OneTripTestResource;
import org.onetrip.platform.testing.TestInfrastructure;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test application owns platform.probes and the compacted platform.snapshots. */
@QuarkusTest
@WithTestResource(value = OneTripTestResource.class, scope = TestResourceScope.GLOBAL)
class OwnedTopicsTest {
    private static final String SNAPSHOTS = "platform.snapshots";
    private static final ConfigResource SNAPSHOTS_CONFIG = new ConfigResource(ConfigResource.Type.TOPIC, SNAPSHOTS);

    @Inject
    OwnedTopics topics;

    @Test
    void aCompactedTopicIsCreatedCompactedAndPutBackToCompactionAtStart() throws Exception {
        try (Admin admin = Admin.create(TestInfrastructure.kafkaAdmin(Map.of()))) {
            assertThat(cleanupPolicy(admin)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(admin.describeTopics(List.of(SNAPSHOTS)).allTopicNames().get().get(SNAPSHOTS).partitions()).hasSize(3);

            admin.incrementalAlterConfigs(Map.of(SNAPSHOTS_CONFIG, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE),
                    AlterConfigOp.OpType.SET)))).all().get();
            topics.create(null);
            assertThat(cleanupPolicy(admin)).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    private static String cleanupPolicy(Admin admin) throws Exception {
        return admin.describeConfigs(List.of(SNAPSHOTS_CONFIG)).all().get().get(SNAPSHOTS_CONFIG)
                .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
    }
}
