package org.onetrip.platform.reference;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Keeps the names of the catalogue's jurisdictions and departments ({@code onetrip.reference.replica=true}, with
 * the channel {@code catalogue-reference} on {@code catalogue.reference}), for {@link ReferenceNames}.
 */
@IfBuildProperty(name = "onetrip.reference.replica", stringValue = "true")
@ApplicationScoped
public class ReferenceReplica {
    private final Inbox inbox;
    private final ReferenceNames names;

    ReferenceReplica(Inbox inbox, ReferenceNames names) {
        this.inbox = inbox;
        this.names = names;
    }

    @Incoming("catalogue-reference")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("catalogue-reference", batch, Map.of(
                ReferenceEvents.JURISDICTION_SAVED, this::jurisdiction,
                ReferenceEvents.DEPARTMENT_SAVED, this::department));
    }

    private void jurisdiction(CloudEvent event) {
        ReferenceEvents.JurisdictionSaved j = event.dataAs(ReferenceEvents.JurisdictionSaved.class);
        names.record(required(j.code(), event), "JURISDICTION", required(j.name(), event), j.parent());
    }

    private void department(CloudEvent event) {
        ReferenceEvents.DepartmentSaved d = event.dataAs(ReferenceEvents.DepartmentSaved.class);
        names.record(required(d.code(), event), "DEPARTMENT", required(d.name(), event), d.jurisdiction());
    }

    private static String required(String value, CloudEvent event) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no code or name");
        }
        return value;
    }
}
