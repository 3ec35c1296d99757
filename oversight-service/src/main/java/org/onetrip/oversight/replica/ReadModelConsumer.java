package org.onetrip.oversight.replica;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.events.PoisonEventException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps oversight's read models from the events of the catalogue, the window and the agent network.
 * Every case and request event carries the whole state, so the latest one (by its time) wins and an
 * older one arriving late changes nothing. Every figure is computed from these models, so a report
 * rebuilt from the events alone comes out the same.
 */
@ApplicationScoped
public class ReadModelConsumer {
    private static final String CASE = "org.onetrip.intake.case.";
    private static final String REQUEST = "org.onetrip.proxyagent.request.";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final Map<String, Consumer<CloudEvent>> caseHandlers = new HashMap<>();
    private final Map<String, Consumer<CloudEvent>> requestHandlers = new HashMap<>();

    ReadModelConsumer(Inbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        for (String kind : List.of("submitted", "supplement-requested", "accepted", "not-accepted", "routed", "progressed",
                "suspended", "resumed", "completed", "delivered", "withdrawn", "visit-recorded")) {
            caseHandlers.put(CASE + kind + ".v1", this::caseChanged);
        }
        for (String kind : List.of("requested", "assigned", "reassigned", "contacted", "materials-collected", "submitted",
                "supplemented", "delivered", "closed", "cancelled")) {
            requestHandlers.put(REQUEST + kind + ".v1", this::requestChanged);
        }
    }

    @Incoming("catalogue-items")
    @Blocking
    public void items(ConsumerRecord<String, String> record) {
        inbox.process("catalogue-items", record, Map.of(
                "org.onetrip.catalogue.item.published.v1", this::itemPublished,
                "org.onetrip.catalogue.item.withdrawn.v1", this::itemWithdrawn));
    }

    @Incoming("intake-cases")
    @Blocking
    public void cases(ConsumerRecord<String, String> record) {
        inbox.process("intake-cases", record, caseHandlers);
    }

    @Incoming("proxy-visits")
    @Blocking
    public void visits(ConsumerRecord<String, String> record) {
        inbox.process("proxy-visits", record, Map.of("org.onetrip.proxyagent.visit.recorded.v1", this::visitRecorded));
    }

    @Incoming("proxy-requests")
    @Blocking
    public void requests(ConsumerRecord<String, String> record) {
        inbox.process("proxy-requests", record, requestHandlers);
    }

    private void itemPublished(CloudEvent event) {
        JsonNode d = event.data();
        JsonNode g = d.path("guide");
        String code = required(d, "code", event);
        WatchedItem item = WatchedItem.<WatchedItem>findByIdOptional(code).orElseGet(WatchedItem::new);
        item.code = code;
        item.name = g.path("name").asText();
        item.jurisdiction = g.path("jurisdiction").asText();
        item.reformListed = g.path("reformListed").asBoolean();
        item.proxyEligible = g.path("proxyEligible").asBoolean();
        item.zeroTrip = g.path("trips").asInt(1) == 0;
        if (item.publishedAt == null) {
            item.publishedAt = d.hasNonNull("publishedAt") ? OffsetDateTime.parse(d.get("publishedAt").asText()) : event.time();
        }
        item.withdrawnAt = null;
        item.persist();
    }

    private void itemWithdrawn(CloudEvent event) {
        WatchedItem.<WatchedItem>findByIdOptional(event.data().path("code").asText(""))
                .ifPresent(item -> item.withdrawnAt = OffsetDateTime.parse(event.data().path("withdrawnAt").asText(event.time().toString())));
    }

    private void caseChanged(CloudEvent event) {
        JsonNode d = event.data();
        String number = required(d, "number", event);
        OffsetDateTime at = at(d, event);
        recordOfficerAction(event.type().substring(CASE.length(), event.type().length() - 3), d, at);
        WatchedCase c = WatchedCase.<WatchedCase>findByIdOptional(number).orElseGet(WatchedCase::new);
        if (c.lastEventAt != null && c.lastEventAt.isAfter(at)) {
            return;
        }
        c.number = number;
        c.itemCode = d.path("itemCode").asText();
        c.itemName = d.path("itemName").asText();
        c.jurisdiction = d.path("jurisdiction").asText();
        List<String> departments = new ArrayList<>();
        d.path("departments").forEach(dep -> departments.add(dep.path("department").asText()));
        c.departments = departments.toArray(String[]::new);
        c.channel = d.path("channel").asText();
        c.status = d.path("status").asText();
        c.submittedBy = d.path("submittedBy").asText(null);
        c.submittedAs = d.path("submittedAs").asText(null);
        c.submittedAt = OffsetDateTime.parse(required(d, "submittedAt", event));
        c.acceptedOn = date(d, "acceptedOn");
        c.promisedDays = d.hasNonNull("promisedDays") ? d.get("promisedDays").asInt() : null;
        c.dueDate = date(d, "dueDate");
        c.suspendedOn = date(d, "suspendedOn");
        if (c.completedAt == null && "COMPLETED".equals(c.status)) {
            c.completedAt = at;
        }
        c.trips = d.path("trips").asInt();
        c.lastEventAt = at;
        c.persist();
    }

    private void visitRecorded(CloudEvent event) {
        JsonNode d = event.data();
        entityManager.createNativeQuery("insert into watched_visit (id, agent_id, author, village, visited_on)"
                        + " values (:id, :agent, :author, :village, :on) on conflict (id) do nothing")
                .setParameter("id", UUID.fromString(required(d, "noteId", event)))
                .setParameter("agent", d.hasNonNull("agentId") ? UUID.fromString(d.get("agentId").asText()) : null)
                .setParameter("author", d.path("author").asText())
                .setParameter("village", d.path("village").asText())
                .setParameter("on", LocalDate.parse(required(d, "visitedOn", event)))
                .executeUpdate();
    }

    /** An officer's own step on a case (through the inbox; department systems act as "department:<code>"). */
    private void recordOfficerAction(String kind, JsonNode d, OffsetDateTime at) {
        String actor = d.path("actor").asText("");
        String department = d.path("department").asText(null);
        if (department == null || actor.isEmpty() || actor.startsWith("department:") || actor.equals("system")) {
            return;
        }
        entityManager.createNativeQuery("insert into officer_action (case_number, officer, department, kind, at)"
                        + " values (:n, :o, :d, :k, :at) on conflict do nothing")
                .setParameter("n", d.path("number").asText()).setParameter("o", actor).setParameter("d", department)
                .setParameter("k", kind).setParameter("at", at).executeUpdate();
    }

    private void requestChanged(CloudEvent event) {
        JsonNode d = event.data();
        UUID id = UUID.fromString(required(d, "requestId", event));
        OffsetDateTime at = at(d, event);
        WatchedRequest r = WatchedRequest.<WatchedRequest>findByIdOptional(id).orElseGet(WatchedRequest::new);
        if (r.lastEventAt != null && r.lastEventAt.isAfter(at)) {
            return;
        }
        r.id = id;
        r.itemCode = d.path("itemCode").asText();
        r.village = d.path("village").asText();
        r.town = d.path("town").asText();
        r.agentId = d.hasNonNull("agentId") ? UUID.fromString(d.get("agentId").asText()) : null;
        r.status = d.path("status").asText();
        r.requestedAt = OffsetDateTime.parse(required(d, "requestedAt", event));
        r.firstContactDue = date(d, "firstContactDue");
        r.contactedAt = d.hasNonNull("contactedAt") ? OffsetDateTime.parse(d.get("contactedAt").asText()) : null;
        r.deliveredAt = d.hasNonNull("deliveredAt") ? OffsetDateTime.parse(d.get("deliveredAt").asText()) : null;
        r.caseTrips = d.hasNonNull("caseTrips") ? d.get("caseTrips").asInt() : null;
        r.lastEventAt = at;
        r.persist();
    }

    private static String required(JsonNode data, String field, CloudEvent event) {
        if (!data.hasNonNull(field)) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no " + field);
        }
        return data.get(field).asText();
    }

    /**
     * When the change happened, to the microsecond PostgreSQL keeps: compared at a finer grain, a stored
     * time rounded up would look later than the next event of the same instant, which would then be lost.
     */
    private static OffsetDateTime at(JsonNode data, CloudEvent event) {
        return OffsetDateTime.parse(required(data, "at", event)).truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate date(JsonNode data, String field) {
        return data.hasNonNull(field) ? LocalDate.parse(data.get(field).asText()) : null;
    }
}
