package org.onetrip.oversight.replica;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.oversight.alerts.WarningDays;
import org.onetrip.oversight.reviews.DefaultRatings;
import org.onetrip.oversight.reviews.Rating;
import org.onetrip.oversight.reviews.ReviewChannel;
import org.onetrip.oversight.reviews.ReviewService;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Keeps oversight's replica of the window's cases ({@code intake.cases}), each event read into a record of just the
 * fields oversight needs. Every case event carries the whole case, so the latest one (by its time, to the microsecond
 * PostgreSQL keeps: a stored time rounded up would look later than the next event of the same instant) wins and an
 * older one arriving late changes nothing. Every figure is computed from these models, so a report rebuilt from the
 * events alone comes out the same. A case's rated event also brings the rating its resident gave on intake's public
 * look-up into the 好差评 record, and an officer's own step is recorded for the departments' figures.
 */
@ApplicationScoped
public class CasesConsumer {
    private static final String CASE = "org.onetrip.intake.case.";
    private static final String RATED = CASE + "rated.v1";

    private final Inbox inbox;
    private final EntityManager entityManager;
    private final ReviewService reviews;
    private final WarningDays warningDays;
    private final DefaultRatings defaultRatings;

    CasesConsumer(Inbox inbox, EntityManager entityManager, ReviewService reviews, WarningDays warningDays,
                  DefaultRatings defaultRatings) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.reviews = reviews;
        this.warningDays = warningDays;
        this.defaultRatings = defaultRatings;
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

    @Incoming("intake-cases")
    @Blocking
    public CompletionStage<Void> cases(KafkaRecordBatch<String, String> batch) {
        // Every type of the family <CASE><kind>.v1 carries the whole case and is applied alike.
        return inbox.process("intake-cases", batch, type -> RATED.equals(type) ? this::caseRated
                : type.startsWith(CASE) && type.endsWith(".v1") ? this::caseChanged : null);
    }

    private void caseChanged(CloudEvent event) {
        CaseChanged d = event.dataAs(CaseChanged.class);
        String number = event.required(d.number(), "number");
        OffsetDateTime at = event.required(d.at(), "at").truncatedTo(ChronoUnit.MICROS);
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
        c.submittedAt = event.required(d.submittedAt(), "submittedAt");
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
        defaultRatings.awaitRating(c);
    }

    /** The case as it stands, and the resident's rating of it into the 好差评 record. */
    private void caseRated(CloudEvent event) {
        caseChanged(event);
        CaseChanged d = event.dataAs(CaseChanged.class);
        CaseChanged.ResidentRating given = event.required(d.rating(), "rating");
        reviews.rateByLookupCode(WatchedCase.findById(d.number()), new ReviewService.NewReview(d.number(),
                event.required(given.rating(), "rating.rating"), given.comment(), given.dimensions(), given.channel(),
                null, null), d.at());
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

}
