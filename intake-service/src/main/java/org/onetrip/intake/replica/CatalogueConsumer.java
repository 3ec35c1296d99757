package org.onetrip.intake.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Keeps the replica of the published catalogue from catalogue.items (read from the beginning when new). */
@ApplicationScoped
public class CatalogueConsumer {
    static final String PUBLISHED = "org.onetrip.catalogue.item.published.v1";
    static final String WITHDRAWN = "org.onetrip.catalogue.item.withdrawn.v1";

    private final Inbox inbox;

    CatalogueConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    /** What the window reads of a published item: its version and the requirements of its guide. */
    record ItemPublished(String code, int version, ItemRequirements guide, OffsetDateTime publishedAt) {
    }

    record ItemWithdrawn(String code, int version) {
    }

    @Incoming("catalogue-items")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("catalogue-items", batch, Map.of(PUBLISHED, this::published, WITHDRAWN, this::withdrawn));
    }

    private void published(CloudEvent event) {
        ItemPublished data = event.dataAs(ItemPublished.class);
        String code = data.code();
        int version = data.version();
        if (code == null || version < 1 || data.guide() == null) {
            throw new PoisonEventException("item event " + event.id() + " has no code, version or guide");
        }
        if (PublishedItem.version(code, version).isPresent()) {
            return;
        }
        boolean newest = PublishedItem.count("code = ?1 and version > ?2", code, version) == 0;
        if (newest) {
            PublishedItem.update("current = false where code = ?1", code);
        }
        PublishedItem item = new PublishedItem();
        item.code = code;
        item.version = version;
        item.name = data.guide().name();
        item.current = newest;
        item.withdrawn = false;
        item.publishedAt = data.publishedAt() != null ? data.publishedAt() : event.time();
        item.requirements = data.guide();
        item.persist();
    }

    private void withdrawn(CloudEvent event) {
        ItemWithdrawn data = event.dataAs(ItemWithdrawn.class);
        PublishedItem.version(data.code(), data.version()).ifPresent(item -> item.withdrawn = true);
    }
}
