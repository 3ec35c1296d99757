package org.onetrip.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rebalance listener of every incoming channel ({@value #NAME}, the connector default): a consumer handed a
 * partition resumes right after the last record the inbox handled there, as recorded with its effects, not from
 * Kafka's committed offset alone. The committed offset can run ahead of what was applied — a record deferred while
 * the service stopped, during the rebalances its consumers leaving cause, has been seen committed past — and then
 * the record is read again instead of lost; records applied twice change nothing (the inbox ids). A partition the
 * inbox never handled starts where Kafka says. While the database cannot say, the consumer waits for it, never falling
 * back to Kafka's offset. One channel per topic in a service: positions are kept by topic.
 */
@ApplicationScoped
@Identifier(InboxPositions.NAME)
public class InboxPositions implements KafkaConsumerRebalanceListener {
    public static final String NAME = "onetrip-inbox-positions";
    private static final Logger LOG = Logger.getLogger(InboxPositions.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final EntityManager entityManager;
    private final Inbox inbox;

    InboxPositions(EntityManager entityManager, Inbox inbox) {
        this.entityManager = entityManager;
        this.inbox = inbox;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty() || inbox.stopping()) {
            LOG.debugf("assigned %s%s", partitions, partitions.isEmpty() ? "" : " while stopping: not seeking");
            return; // a stopping service applies nothing more: whatever it reads now is deferred anyway
        }
        Map<TopicPartition, Long> handled = handledOnceReadable(partitions);
        if (handled == null) {
            return; // the service began stopping meanwhile: it applies nothing more
        }
        for (TopicPartition partition : partitions) {
            if (!handled.containsKey(partition)) {
                LOG.debugf("%s: never handled here; starting where Kafka says", partition);
            }
        }
        Map<TopicPartition, OffsetAndMetadata> committed = committed(consumer, handled.keySet());
        handled.forEach((partition, position) -> {
            OffsetAndMetadata kafka = committed.get(partition);
            if (kafka != null && kafka.offset() > position + 1) {
                LOG.infof("%s: Kafka committed %d but the inbox handled up to %d; reading again from %d",
                        partition, kafka.offset(), position, position + 1);
            } else {
                LOG.debugf("%s: the inbox handled up to %d (Kafka committed %s); resuming at %d",
                        partition, position, kafka == null ? "nothing" : kafka.offset(), position + 1);
            }
            consumer.seek(partition, position + 1);
        });
    }

    /**
     * The positions, read again until the database answers: resuming from Kafka's committed offset instead could pass
     * a record deferred by a stopping replica, and nothing can be applied without the database anyway. The consumer
     * waits here, inside its poll; if that outlasts Kafka's poll interval, the group hands its partitions to a replica.
     *
     * @return null when the service began stopping while waiting
     */
    private Map<TopicPartition, Long> handledOnceReadable(Collection<TopicPartition> partitions) {
        Duration backoff = FIRST_BACKOFF;
        while (!inbox.stopping()) {
            try {
                return handled(partitions);
            } catch (RuntimeException e) {
                LOG.warnf("could not read the inbox positions of %s, trying again in %s: %s", partitions, backoff, e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                backoff = Inbox.doubled(backoff);
            }
        }
        return null;
    }

    /** Kafka's committed offsets, only to say when they ran ahead; a broker that cannot say now changes nothing. */
    private static Map<TopicPartition, OffsetAndMetadata> committed(Consumer<?, ?> consumer, Set<TopicPartition> partitions) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions, Duration.ofSeconds(5));
            return committed == null ? Map.of() : new HashMap<>(committed);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    /** The last offset handled per partition, for those the inbox has handled at all. */
    Map<TopicPartition, Long> handled(Collection<TopicPartition> partitions) {
        List<String> topics = partitions.stream().map(TopicPartition::topic).distinct().toList();
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select topic, partition, position from inbox_position where topic in (:topics)", Object[].class)
                .setParameter("topics", topics).getResultList());
        Map<TopicPartition, Long> handled = new HashMap<>();
        for (Object[] row : rows) {
            TopicPartition partition = new TopicPartition((String) row[0], ((Number) row[1]).intValue());
            if (partitions.contains(partition)) {
                handled.put(partition, ((Number) row[2]).longValue());
            }
        }
        return handled;
    }
}
