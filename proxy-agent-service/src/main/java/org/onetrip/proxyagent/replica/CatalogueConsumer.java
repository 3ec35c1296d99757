package org.onetrip.proxyagent.replica;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.events.PoisonEventException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps the latest published version of each item from catalogue.items. */
@ApplicationScoped
public class CatalogueConsumer {
    private final Inbox inbox;

    CatalogueConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("catalogue-items")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process("catalogue-items", record, Map.of(
                "org.onetrip.catalogue.item.published.v1", this::published,
                "org.onetrip.catalogue.item.withdrawn.v1", this::withdrawn));
    }

    private void published(CloudEvent event) {
        JsonNode data = event.data();
        JsonNode guide = data.path("guide");
        String code = data.path("code").asText(null);
        if (code == null || !guide.isObject()) {
            throw new PoisonEventException("item event " + event.id() + " has no code or guide");
        }
        int version = data.path("version").asInt();
        ProxyItem item = ProxyItem.<ProxyItem>findByIdOptional(code).orElseGet(ProxyItem::new);
        if (item.code != null && item.version > version) {
            return;
        }
        item.code = code;
        item.version = version;
        item.name = guide.path("name").asText();
        item.jurisdiction = guide.path("jurisdiction").asText();
        item.department = guide.path("department").asText(null);
        item.place = guide.path("place").asText(null);
        item.proxyEligible = guide.path("proxyEligible").asBoolean();
        item.withdrawn = false;
        List<ProxyItem.Material> materials = new ArrayList<>();
        guide.path("materials").forEach(m -> materials.add(new ProxyItem.Material(m.path("code").asText(),
                m.path("name").asText(), m.path("necessity").asText(), m.path("source").asText())));
        item.materials = materials;
        item.persist();
    }

    private void withdrawn(CloudEvent event) {
        ProxyItem.<ProxyItem>findByIdOptional(event.data().path("code").asText(""))
                .filter(item -> item.version <= event.data().path("version").asInt())
                .ifPresent(item -> item.withdrawn = true);
    }
}
