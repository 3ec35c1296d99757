package org.onetrip.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * One trace from a request through the outbox and Kafka into every consumer. The outbox keeps the trace
 * context of the transaction that stored an event (a request's, or a consumer's applying another event), the
 * relay sends it as the CloudEvents {@code traceparent} extension, and the inbox applies the event in a
 * consumer span continuing it. Without an exporter configured (the default) the spans go nowhere, but the
 * context still travels, so a service that does export joins the trace of one that does not.
 */
@ApplicationScoped
public class EventTracing {
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private final Tracer tracer;

    EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The current trace context as a W3C traceparent, or null outside any trace. */
    public String traceparent() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(CloudEventHeaders.TRACEPARENT);
    }

    /** Runs {@code applying} in a consumer span that continues the trace the record carries, if any. */
    public void applying(String consumer, ConsumerRecord<String, String> record, CloudEvent event, Runnable applying) {
        Context sent = W3C.extract(Context.root(), record.headers(), RecordHeaders.INSTANCE);
        Span span = tracer.spanBuilder(consumer + " apply " + event.type()).setParent(sent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("messaging.kafka.message.key", String.valueOf(record.key()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            applying.run();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** The trace context from the CloudEvents extension headers, or from W3C's own headers a Kafka instrumentation writes. */
    private enum RecordHeaders implements TextMapGetter<Headers> {
        INSTANCE;

        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            if (headers == null) {
                return null;
            }
            for (String name : List.of("ce_" + key, key)) {
                Header header = headers.lastHeader(name);
                if (header != null && header.value() != null) {
                    return new String(header.value(), StandardCharsets.UTF_8);
                }
            }
            return null;
        }
    }
}
