package org.onetrip.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as it travels over Kafka in binary content mode: the attributes in
 * {@code ce_*} headers, the JSON data as the record value, the subject as the record key.
 */
public record CloudEvent(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {
    /** Reads events as their consumers name them: fields a consumer does not name are ignored, so producers may add some. */
    private static final ObjectMapper READER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * The data as {@code type}, a record of just the fields this consumer needs (one per event type it reads).
     * Data that cannot be read so is the event's own fault: a {@link PoisonEventException}.
     */
    public <T> T dataAs(Class<T> type) {
        try {
            return READER.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(this.type + " " + id + " cannot be read as " + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A field of the data a consumer cannot do without; an event without it is its own fault: a {@link PoisonEventException}. */
    public <T> T required(T value, String field) {
        if (value == null) {
            throw new PoisonEventException(type + " " + id + " has no " + field);
        }
        return value;
    }
}
