package org.onetrip.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The mapping between {@link CloudEvent} attributes and Kafka headers (binary content mode). */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** The distributed-tracing extension (W3C trace context), which consumers continue (EventTracing). */
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }

    public static void write(Headers headers, UUID id, String source, String type, String subject, OffsetDateTime time) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, id.toString());
        put(headers, SOURCE, source);
        put(headers, TYPE, type);
        put(headers, SUBJECT, subject);
        put(headers, TIME, time.toString());
        put(headers, CONTENT_TYPE, "application/json");
    }

    /**
     * Extension attributes as {@code ce_<name>} headers (binary content mode); the trace context also as W3C's own
     * {@code traceparent} header, which Kafka instrumentations (a department system's, say) read.
     */
    public static void writeExtensions(Headers headers, Map<String, String> extensions) {
        if (extensions != null) {
            extensions.forEach((name, value) -> put(headers, "ce_" + name, value));
            if (extensions.containsKey(TRACEPARENT)) {
                put(headers, TRACEPARENT, extensions.get(TRACEPARENT));
            }
        }
    }

    /** An extension attribute of a record, if the producer set it: enough to pass over an event without reading it. */
    public static Optional<String> extension(Headers headers, String name) {
        return Optional.ofNullable(header(headers, "ce_" + name));
    }

    /** Reads an event from a record, or says precisely why the record is not one. */
    public static CloudEvent read(ConsumerRecord<String, String> record, ObjectMapper json) {
        String id = required(record, ID);
        String type = required(record, TYPE);
        String source = required(record, SOURCE);
        String subject = header(record.headers(), SUBJECT);
        String time = header(record.headers(), TIME);
        try {
            JsonNode data = record.value() == null ? null : json.readTree(record.value());
            return new CloudEvent(UUID.fromString(id), source, type, subject == null ? record.key() : subject,
                    time == null ? null : OffsetDateTime.parse(time), data);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of event " + id + " is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("event " + id + " has a malformed attribute: " + e.getMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record.headers(), name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " has no " + name + " header: not a CloudEvent");
        }
        return value;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
