package org.onetrip.proxyagent.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Keeps the latest published version of each item from catalogue.items. */
@ApplicationScoped
public class CatalogueConsumer {
    private final Inbox inbox;

    CatalogueConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-items")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("catalogue-items", batch, Map.of(
                "org.onetrip.catalogue.item.published.v1", this::published,
                "org.onetrip.catalogue.item.withdrawn.v1", this::withdrawn));
    }

    /** What this service reads of a published item: its version and the parts of the guide agents work with. */
    record ItemPublished(String code, int version, Guide guide) {
        record Guide(String name, String jurisdiction, String department, String place, boolean proxyEligible,
                     List<ProxyItem.Material> materials) {
        }
    }

    record ItemWithdrawn(String code, int version) {
    }

    private void published(CloudEvent event) {
        ItemPublished data = event.dataAs(ItemPublished.class);
        ItemPublished.Guide guide = data.guide();
        if (data.code() == null || guide == null) {
            throw new PoisonEventException("item event " + event.id() + " has no code or guide");
        }
        ProxyItem item = ProxyItem.<ProxyItem>findByIdOptional(data.code()).orElseGet(ProxyItem::new);
        if (item.code != null && item.version > data.version()) {
            return;
        }
        item.code = data.code();
        item.version = data.version();
        item.name = guide.name();
        item.jurisdiction = guide.jurisdiction();
        item.department = guide.department();
        item.place = guide.place();
        item.proxyEligible = guide.proxyEligible();
        item.withdrawn = false;
        item.materials = guide.materials() == null ? List.of() : List.copyOf(guide.materials());
        item.persist();
    }

    private void withdrawn(CloudEvent event) {
        ItemWithdrawn data = event.dataAs(ItemWithdrawn.class);
        ProxyItem.<ProxyItem>findByIdOptional(data.code() == null ? "" : data.code())
                .filter(item -> item.version <= data.version())
                .ifPresent(item -> item.withdrawn = true);
    }
}
