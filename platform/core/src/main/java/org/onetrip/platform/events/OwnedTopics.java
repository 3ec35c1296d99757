package org.onetrip.platform.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Creates the topics this service owns, if missing, with their cleanup policy: a topic listed as
 * {@code name:compact} keeps the latest event per key forever (a replica can be rebuilt from it), and is
 * set to compaction at every start should it exist without.
 * A broker that is away at start-up is no reason not to start; the topics are then made later by
 * the broker's auto-creation, and a warning says so.
 */
@ApplicationScoped
public class OwnedTopics {
    private static final Logger LOG = Logger.getLogger(OwnedTopics.class);

    private final Optional<List<String>> owned;
    private final int partitions;
    private final KafkaClients kafka;

    OwnedTopics(@ConfigProperty(name = "onetrip.topics.owned") Optional<List<String>> owned,
                @ConfigProperty(name = "onetrip.topics.partitions", defaultValue = "3") int partitions,
                KafkaClients kafka) {
        this.owned = owned;
        this.partitions = partitions;
        this.kafka = kafka;
    }

    void create(@Observes StartupEvent ignored) {
        if (owned.isEmpty()) {
            return;
        }
        // The admin client refuses an API timeout shorter than its request timeout, so both are set.
        try (Admin admin = Admin.create(kafka.config(Map.of(
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000)))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<String[]> specs = owned.get().stream().map(spec -> spec.split(":")).toList();
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec[0]))
                    .map(spec -> new NewTopic(spec[0], Optional.of(partitions), Optional.empty())
                            .configs(compacted(spec) ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                                    : Map.of()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
                LOG.infof("created topics %s", missing.stream().map(NewTopic::name).toList());
            }
            // A compacted topic the broker made on its own (auto-creation) is set to compaction now.
            Map<ConfigResource, Collection<AlterConfigOp>> compaction = specs.stream()
                    .filter(spec -> compacted(spec) && existing.contains(spec[0]))
                    .collect(Collectors.toMap(spec -> new ConfigResource(ConfigResource.Type.TOPIC, spec[0]),
                            spec -> List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                                    TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET))));
            if (!compaction.isEmpty()) {
                admin.incrementalAlterConfigs(compaction).all().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.warnf(e, "could not check or create the topics %s now", owned.get());
        }
    }

    private static boolean compacted(String[] spec) {
        return spec.length > 1 && spec[1].equals("compact");
    }
}
