package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.oversight.alerts.WarningDays;
import org.onetrip.oversight.reviews.Rating;
import org.onetrip.oversight.reviews.ReviewChannel;
import org.onetrip.oversight.reviews.ReviewService;
import org.onetrip.platform.inbox.Inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps oversight's read models from the events of the catalogue, the window and the agent network, each read
 * into a record of just the fields oversight needs. Every case and request event carries the whole state, so
 * the latest one (by its time, to the microsecond PostgreSQL keeps: a stored time rounded up would look later
 * than the next event of the same instant) wins and an older one arriving late changes nothing. Every figure
 * is computed from these models, so a report rebuilt from the events alone comes out the same. A case's rated event
 * also brings the rating its resident gave on intake's public look-up into the 好差评 record.
 */
@ApplicationScoped
public class ReadModelConsumer {
    private static final String CASE = "org.onetrip.intake.case.";
    private static final String REQUEST = "org.onetrip.proxyagent.request.";
    private static final String RATED = CASE + "rated.v1";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ReviewService reviews;
    private final WarningDays warningDays;

    ReadModelConsumer(Inbox inbox, EntityManager entityManager, ReviewService reviews, WarningDays warningDays) {
        this.warningDays = warningDays;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.reviews = reviews;
    }

    /** What oversight reads of a case event: every one carries the whole case, so all are applied alike. */
    record CaseChanged(String number, String itemCode, String itemName, String jurisdiction, List<Department> departments,
                       String channel, String status, String submittedBy, String submittedAs, OffsetDateTime submittedAt,
                       LocalDate acceptedOn, Integer promisedDays, LocalDate dueDate, LocalDate suspendedOn, int trips,
                       OffsetDateTime at, String actor, String actorKind, String department, Commitment commitment,
                       OffsetDateTime completedAt, boolean imported, ResidentRating rating) {
        record Department(String department) {
        }

        /** 容缺受理: when the tolerated materials are due, and when they were all handed in. */
        record Commitment(LocalDate due, OffsetDateTime keptAt) {
        }

        /** The resident's 好差评, given on intake's public look-up (a rated event only). */
        record ResidentRating(Rating rating, String comment, Map<String, Integer> dimensions, ReviewChannel channel) {
        }
    }

    /** What oversight reads of a proxy request event: every one carries the whole request. */
    record RequestChanged(UUID requestId, String itemCode, String village, String town, UUID agentId, String status,
                          OffsetDateTime requestedAt, LocalDate firstContactDue, OffsetDateTime contactedAt,
                          OffsetDateTime deliveredAt, Integer caseTrips, OffsetDateTime at) {
    }

    record ItemPublished(String code, Guide guide, OffsetDateTime publishedAt) {
        record Guide(String name, String jurisdiction, boolean reformListed, boolean proxyEligible, Integer trips) {
        }
    }

    record ItemWithdrawn(String code, OffsetDateTime withdrawnAt) {
    }

    record VisitRecorded(UUID noteId, UUID agentId, String author, String village, LocalDate visitedOn) {
    }

    @Incoming("catalogue-items")
    @Blocking
    public CompletionStage<Void> items(KafkaRecordBatch<String, String> batch) {
        return inbox.process("catalogue-items", batch, Map.of(
                "org.onetrip.catalogue.item.published.v1", this::itemPublished,
                "org.onetrip.catalogue.item.withdrawn.v1", this::itemWithdrawn));
    }

    @Incoming("intake-cases")
    @Blocking
    public CompletionStage<Void> cases(KafkaRecordBatch<String, String> batch) {
        return inbox.process("intake-cases", batch, type -> RATED.equals(type) ? this::caseRated
                : family(type, CASE) ? this::caseChanged : null);
    }

    @Incoming("proxy-visits")
    @Blocking
    public CompletionStage<Void> visits(KafkaRecordBatch<String, String> batch) {
        return inbox.process("proxy-visits", batch, Map.of("org.onetrip.proxyagent.visit.recorded.v1", this::visitRecorded));
    }

    @Incoming("proxy-requests")
    @Blocking
    public CompletionStage<Void> requests(KafkaRecordBatch<String, String> batch) {
        return inbox.process("proxy-requests", batch, type -> family(type, REQUEST) ? this::requestChanged : null);
    }

    private void itemPublished(CloudEvent event) {
        ItemPublished d = event.dataAs(ItemPublished.class);
        String code = required(d.code(), "code", event);
        ItemPublished.Guide g = required(d.guide(), "guide", event);
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

    private void caseChanged(CloudEvent event) {
        CaseChanged d = event.dataAs(CaseChanged.class);
        String number = required(d.number(), "number", event);
        OffsetDateTime at = required(d.at(), "at", event).truncatedTo(ChronoUnit.MICROS);
        recordOfficerAction(event.type().substring(CASE.length(), event.type().length() - 3), d, at);
        WatchedCase c = WatchedCase.<WatchedCase>findByIdOptional(number).orElseGet(WatchedCase::new);
        if (c.lastEventAt != null && c.lastEventAt.isAfter(at)) {
            return;
        }
        c.number = number;
        c.itemCode = d.itemCode();
        c.itemName = d.itemName();
        c.jurisdiction = d.jurisdiction();
        c.departments = d.departments() == null ? new String[0]
                : d.departments().stream().map(CaseChanged.Department::department).toArray(String[]::new);
        c.channel = d.channel();
        c.status = d.status();
        c.submittedBy = d.submittedBy();
        c.submittedAs = d.submittedAs();
        c.submittedAt = required(d.submittedAt(), "submittedAt", event);
        c.acceptedOn = d.acceptedOn();
        c.promisedDays = d.promisedDays();
        c.dueDate = d.dueDate();
        c.suspendedOn = d.suspendedOn();
        if (d.completedAt() != null) {
            c.completedAt = d.completedAt().truncatedTo(ChronoUnit.MICROS); // as intake says (an imported case's: from its old system)
        } else if (c.completedAt == null && "COMPLETED".equals(c.status)) {
            c.completedAt = at;
        }
        c.imported = d.imported();
        c.trips = d.trips();
        c.commitmentDue = d.commitment() == null ? null : d.commitment().due();
        c.commitmentKeptAt = d.commitment() == null ? null : d.commitment().keptAt();
        c.warningOn = warningDays.of(c);
        c.lastEventAt = at;
        c.persist();
    }

    /** The case as it stands, and the resident's rating of it into the 好差评 record. */
    private void caseRated(CloudEvent event) {
        caseChanged(event);
        CaseChanged d = event.dataAs(CaseChanged.class);
        CaseChanged.ResidentRating given = required(d.rating(), "rating", event);
        reviews.rateByLookupCode(WatchedCase.findById(d.number()), new ReviewService.NewReview(d.number(),
                required(given.rating(), "rating.rating", event), given.comment(), given.dimensions(), given.channel(),
                null, null), d.at());
    }

    private void visitRecorded(CloudEvent event) {
        VisitRecorded d = event.dataAs(VisitRecorded.class);
        entityManager.createNativeQuery("insert into watched_visit (id, agent_id, author, village, visited_on)"
                        + " values (:id, :agent, :author, :village, :on) on conflict (id) do nothing")
                .setParameter("id", required(d.noteId(), "noteId", event))
                .setParameter("agent", d.agentId())
                .setParameter("author", d.author())
                .setParameter("village", d.village())
                .setParameter("on", required(d.visitedOn(), "visitedOn", event))
                .executeUpdate();
    }

    /** An officer's own step on a case, through the inbox (not a department system's report, not the window's). */
    private void recordOfficerAction(String kind, CaseChanged d, OffsetDateTime at) {
        if (d.department() == null || d.actor() == null || d.actor().isEmpty() || !byOfficer(d)) {
            return;
        }
        entityManager.createNativeQuery("insert into officer_action (case_number, officer, department, kind, at)"
                        + " values (:n, :o, :d, :k, :at) on conflict do nothing")
                .setParameter("n", d.number()).setParameter("o", d.actor()).setParameter("d", d.department())
                .setParameter("k", kind).setParameter("at", at).executeUpdate();
    }

    /**
     * Events say who acted ({@code actorKind}); those intake published before it did are told by the actor's form:
     * department systems act as "department:<code>", intake itself as "system".
     */
    private static boolean byOfficer(CaseChanged d) {
        if (d.actorKind() != null) {
            return "OFFICER".equals(d.actorKind());
        }
        return !d.actor().startsWith("department:") && !d.actor().equals("system");
    }

    private void requestChanged(CloudEvent event) {
        RequestChanged d = event.dataAs(RequestChanged.class);
        UUID id = required(d.requestId(), "requestId", event);
        OffsetDateTime at = required(d.at(), "at", event).truncatedTo(ChronoUnit.MICROS);
        WatchedRequest r = WatchedRequest.<WatchedRequest>findByIdOptional(id).orElseGet(WatchedRequest::new);
        if (r.lastEventAt != null && r.lastEventAt.isAfter(at)) {
            return;
        }
        r.id = id;
        r.itemCode = d.itemCode();
        r.village = d.village();
        r.town = d.town();
        r.agentId = d.agentId();
        r.status = d.status();
        r.requestedAt = required(d.requestedAt(), "requestedAt", event);
        r.firstContactDue = d.firstContactDue();
        r.contactedAt = d.contactedAt();
        r.deliveredAt = d.deliveredAt();
        r.caseTrips = d.caseTrips();
        r.lastEventAt = at;
        r.persist();
    }

    /** This consumer's family of types: {@code <prefix><kind>.v1}, every one carrying the whole state. */
    private static boolean family(String type, String prefix) {
        return type.startsWith(prefix) && type.endsWith(".v1");
    }

    private static <T> T required(T value, String field, CloudEvent event) {
        if (value == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no " + field);
        }
        return value;
    }
}
