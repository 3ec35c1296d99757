package org.onetrip.intake.replica;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.events.PoisonEventException;

import java.time.OffsetDateTime;
import java.util.Map;

/** Keeps the replica of the published catalogue from catalogue.items (read from the beginning when new). */
@ApplicationScoped
public class CatalogueConsumer {
    static final String PUBLISHED = "org.onetrip.catalogue.item.published.v1";
    static final String WITHDRAWN = "org.onetrip.catalogue.item.withdrawn.v1";

    private final Inbox inbox;
    private final ObjectMapper json;

    CatalogueConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("catalogue-items")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process("catalogue-items", record, Map.of(PUBLISHED, this::published, WITHDRAWN, this::withdrawn));
    }

    private void published(CloudEvent event) {
        String code = event.data().path("code").asText(null);
        int version = event.data().path("version").asInt(0);
        if (code == null || version < 1 || !event.data().hasNonNull("guide")) {
            throw new PoisonEventException("item event " + event.id() + " has no code, version or guide");
        }
        if (PublishedItem.version(code, version).isPresent()) {
            return;
        }
        ItemRequirements requirements;
        try {
            requirements = json.treeToValue(event.data().get("guide"), ItemRequirements.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("guide of " + code + " v" + version + " cannot be read: " + e.getOriginalMessage());
        }
        boolean newest = PublishedItem.count("code = ?1 and version > ?2", code, version) == 0;
        if (newest) {
            PublishedItem.update("current = false where code = ?1", code);
        }
        PublishedItem item = new PublishedItem();
        item.code = code;
        item.version = version;
        item.name = requirements.name();
        item.current = newest;
        item.withdrawn = false;
        item.publishedAt = event.data().hasNonNull("publishedAt")
                ? OffsetDateTime.parse(event.data().get("publishedAt").asText()) : event.time();
        item.requirements = requirements;
        item.persist();
    }

    private void withdrawn(CloudEvent event) {
        String code = event.data().path("code").asText(null);
        int version = event.data().path("version").asInt(0);
        PublishedItem.version(code, version).ifPresent(item -> item.withdrawn = true);
    }
}
