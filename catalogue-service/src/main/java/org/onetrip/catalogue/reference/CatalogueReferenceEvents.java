package org.onetrip.catalogue.reference;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;
import org.onetrip.platform.reference.ReferenceEvents;

/**
 * Every jurisdiction and department the catalogue saves, told on the compacted {@code catalogue.reference} (key = code),
 * so the other services print names, not codes (the events' shape is the platform's {@link ReferenceEvents}).
 */
@ApplicationScoped
public class CatalogueReferenceEvents {
    private final Outbox outbox;

    CatalogueReferenceEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void saved(Jurisdiction j) {
        outbox.publish(ReferenceEvents.TOPIC, ReferenceEvents.JURISDICTION_SAVED, j.code,
                new ReferenceEvents.JurisdictionSaved(j.code, j.name, j.level.name(), j.parent));
    }

    void saved(Department d) {
        outbox.publish(ReferenceEvents.TOPIC, ReferenceEvents.DEPARTMENT_SAVED, d.code,
                new ReferenceEvents.DepartmentSaved(d.code, d.name, d.jurisdiction, d.address, d.phone));
    }
}
