package org.onetrip.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onetrip.platform.events.CloudEventHeaders;
import org.onetrip.platform.events.EventTracing;
import org.onetrip.platform.transactions.OnCommit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where a service announces a change: the event is stored in the caller's transaction, so it is
 * published if and only if the change commits. The {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final String source;

    Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay, EventTracing tracing,
           @ConfigProperty(name = "onetrip.events.source") String source) {
        this.json = json;
        this.tracing = tracing;
        this.transactions = transactions;
        this.relay = relay;
        this.source = source;
    }

    /**
     * Stores an event for publication.
     *
     * @param topic   the owner's topic, e.g. {@code intake.cases}
     * @param type    the CloudEvents type, e.g. {@code org.onetrip.intake.case.accepted.v1}
     * @param subject the aggregate id: record key and {@code ce_subject}, so one aggregate's events stay in order
     * @param data    the event data, serialized as JSON
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String subject, Object data) {
        return publish(topic, type, subject, data, Map.of());
    }

    /**
     * The same, with CloudEvents extension attributes ({@code ce_<name>} headers): what a consumer may decide on
     * from the headers alone, without reading the data, e.g. whether an event concerns it at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String type, String subject, Object data, Map<String, String> extensions) {
        OutboxEvent event = new OutboxEvent();
        event.extensions = withTrace(extensions);
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.type = type;
        event.key = subject;
        event.source = source;
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + type + " cannot be written as JSON", e);
        }
        event.persist();
        OnCommit.run(transactions, relay::wakeUp);
        return event.eventId;
    }

    /** The trace the event is stored in travels as the CloudEvents distributed-tracing extension. */
    private Map<String, String> withTrace(Map<String, String> extensions) {
        String traceparent = tracing.traceparent();
        if (traceparent == null) {
            return extensions.isEmpty() ? null : extensions;
        }
        Map<String, String> all = new HashMap<>(extensions);
        all.put(CloudEventHeaders.TRACEPARENT, traceparent);
        return all;
    }
}
