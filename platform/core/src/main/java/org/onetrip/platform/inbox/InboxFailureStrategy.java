package org.onetrip.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.function.BiConsumer;

/**
 * The failure strategy of every incoming channel ({@value #NAME}, the connector default): a record the
 * inbox gave up on goes to the channel's dead-letter topic, as with {@code dead-letter-queue}; a record it
 * deferred is left alone, unacknowledged, so its offset is never committed and it is delivered again.
 */
@ApplicationScoped
@Identifier(InboxFailureStrategy.NAME)
public class InboxFailureStrategy implements KafkaFailureHandler.Factory {
    public static final String NAME = "onetrip-inbox";

    private final KafkaFailureHandler.Factory deadLetter;

    InboxFailureStrategy(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetter) {
        this.deadLetter = deadLetter;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                      BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler toDeadLetter = deadLetter.create(config, vertx, consumer, reportFailure);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (Inbox.cause(reason, EventDeferredException.class) != null) {
                    return Uni.createFrom().voidItem();
                }
                return toDeadLetter.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                toDeadLetter.terminate();
            }
        };
    }
}
