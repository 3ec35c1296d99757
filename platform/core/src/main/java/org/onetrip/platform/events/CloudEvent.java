package org.onetrip.platform.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as it travels over Kafka in binary content mode: the attributes in
 * {@code ce_*} headers, the JSON data as the record value, the subject as the record key.
 */
public record CloudEvent(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {
}
