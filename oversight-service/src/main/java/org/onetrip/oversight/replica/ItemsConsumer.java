package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Keeps oversight's replica of the catalogue's items ({@code catalogue.items}): names, and what the figures count of them. */
@ApplicationScoped
public class ItemsConsumer {
    private final Inbox inbox;

    ItemsConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    record ItemPublished(String code, Guide guide, OffsetDateTime publishedAt) {
        record Guide(String name, String jurisdiction, boolean reformListed, boolean proxyEligible, Integer trips) {
        }
    }

    record ItemWithdrawn(String code, OffsetDateTime withdrawnAt) {
    }

    @Incoming("catalogue-items")
    @Blocking
    public CompletionStage<Void> items(KafkaRecordBatch<String, String> batch) {
        return inbox.process("catalogue-items", batch, Map.of(
                "org.onetrip.catalogue.item.published.v1", this::itemPublished,
                "org.onetrip.catalogue.item.withdrawn.v1", this::itemWithdrawn));
    }

    private void itemPublished(CloudEvent event) {
        ItemPublished d = event.dataAs(ItemPublished.class);
        String code = event.required(d.code(), "code");
        ItemPublished.Guide g = event.required(d.guide(), "guide");
        WatchedItem item = WatchedItem.<WatchedItem>findByIdOptional(code).orElseGet(WatchedItem::new);
        item.code = code;
        item.name = g.name();
        item.jurisdiction = g.jurisdiction();
        item.reformListed = g.reformListed();
        item.proxyEligible = g.proxyEligible();
        item.zeroTrip = g.trips() != null && g.trips() == 0;
        if (item.publishedAt == null) {
            item.publishedAt = d.publishedAt() != null ? d.publishedAt() : event.time();
        }
        item.withdrawnAt = null;
        item.persist();
    }

    private void itemWithdrawn(CloudEvent event) {
        ItemWithdrawn d = event.dataAs(ItemWithdrawn.class);
        WatchedItem.<WatchedItem>findByIdOptional(d.code() == null ? "" : d.code())
                .ifPresent(item -> item.withdrawnAt = d.withdrawnAt() != null ? d.withdrawnAt() : event.time());
    }

}
