package org.onetrip.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Checks what a producer emits against the published contract: the JSON Schema in
 * {@code docs/events/<ce_type>.schema.json}, found from the module up to the repository root.
 */
public final class EventSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /** Throws an AssertionError naming every deviation of the record's data from its type's schema. */
    public static void assertValid(ConsumerRecord<String, String> record) {
        String type = KafkaProbe.header(record, "ce_type");
        if (type == null) {
            throw new AssertionError("record has no ce_type header: " + record);
        }
        assertValid(type, record.value());
    }

    /** The same for an event about to be sent: a test may only send what a producer could. */
    public static void assertValid(String type, String data) {
        try (InputStream schemaFile = Files.newInputStream(schemaOf(type))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaFile);
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(data));
            if (!errors.isEmpty()) {
                throw new AssertionError(type + " does not match its schema: " + errors + "\n" + data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path schemaOf(String type) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve("events").resolve(type + ".schema.json");
            if (Files.exists(candidate)) {
                return candidate;
            }
            if (Files.exists(dir.resolve("docs").resolve("events"))) {
                throw new AssertionError("no schema for " + type + " in " + dir.resolve("docs/events"));
            }
        }
        throw new AssertionError("docs/events not found above " + Path.of("").toAbsolutePath());
    }
}
