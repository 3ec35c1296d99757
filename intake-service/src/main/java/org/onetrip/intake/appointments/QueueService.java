package org.onetrip.intake.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The day's queue at a centre: a number taken for a booking (series A, served first) or a walk-in (series B); a clerk
 * calls the next number their window serves (two windows never call the same one); the number is marked served
 * with the case opened for it, or a no-show. Calls and no-shows go to oversight on intake.queue.
 */
@ApplicationScoped
public class QueueService {

    @Schema(name = "NewQueueTicket", description = "Either the resident's appointment (its id) or, for a walk-in, the item")
    public record TicketRequest(UUID appointment, @jakarta.validation.constraints.Size(max = 40) String itemCode) {
    }

    private final QueueEvents events;
    private final EntityManager entityManager;
    private final Clock clock;

    QueueService(QueueEvents events, EntityManager entityManager, Clock clock) {
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public QueueTicket take(String centreCode, TicketRequest request, Caller caller) {
        ServiceCentre centre = staffed(centreCode, caller);
        LocalDate today = today();
        if ((request.appointment() == null) == (request.itemCode() == null)) {
            throw ProblemException.invalid(List.of(new FieldViolation("appointment", "queue.ticket-needs-one"),
                    new FieldViolation("itemCode", "queue.ticket-needs-one")));
        }
        QueueTicket t = new QueueTicket();
        t.id = UUID.randomUUID();
        t.centreCode = centre.code;
        t.day = today;
        if (request.appointment() != null) {
            Appointment a = Appointment.<Appointment>findByIdOptional(request.appointment(), LockModeType.PESSIMISTIC_WRITE)
                    .filter(found -> found.centreCode.equals(centre.code) && found.day.equals(today))
                    .orElseThrow(() -> new ProblemException(ProblemKind.UNPROCESSABLE, "queue.appointment-elsewhere"));
            if (a.status != Appointment.Status.BOOKED) {
                throw ProblemException.illegalTransition(a.status, Appointment.Status.ARRIVED);
            }
            a.status = Appointment.Status.ARRIVED;
            a.changedAt = OffsetDateTime.now(clock);
            t.appointmentId = a.id;
            t.itemCode = a.itemCode;
        } else {
            if (ServiceWindow.of(centre.code).stream().noneMatch(w -> w.serves(request.itemCode()))) {
                throw new ProblemException(ProblemKind.UNPROCESSABLE, "appointment.item-not-served", centre.code, request.itemCode());
            }
            t.itemCode = request.itemCode();
        }
        char series = t.appointmentId != null ? 'A' : 'B';
        t.number = series + String.format("%03d", next(entityManager, centre.code, today, series));
        t.status = QueueTicket.Status.WAITING;
        t.takenAt = OffsetDateTime.now(clock);
        t.persist();
        return t;
    }

    /** The next waiting number this window serves (bookings first, then in the order taken), or none. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<QueueTicket> callNext(String centreCode, String windowNumber, Caller caller) {
        ServiceCentre centre = staffed(centreCode, caller);
        ServiceWindow window = ServiceWindow.<ServiceWindow>findByIdOptional(new ServiceWindow.Key(centre.code, windowNumber))
                .orElseThrow(() -> ProblemException.notFound("entity.service-window", windowNumber));
        List<UUID> next = entityManager.createNativeQuery("""
                        select id from queue_ticket where centre_code = :c and day = :d and status = 'WAITING'
                          and (cast(:every as boolean) or item_code in (:items))
                        order by appointment_id is null, taken_at limit 1 for update skip locked""")
                .setParameter("c", centre.code).setParameter("d", today()).setParameter("every", window.items.isEmpty())
                .setParameter("items", window.items.isEmpty() ? List.of("") : window.items).getResultList();
        if (next.isEmpty()) {
            return Optional.empty();
        }
        QueueTicket t = QueueTicket.findById(next.get(0));
        t.status = QueueTicket.Status.CALLED;
        t.windowNumber = window.number;
        t.calledAt = OffsetDateTime.now(clock);
        events.ticket(QueueEvents.Kind.TICKET_CALLED, centre, t, booking(t), t.calledAt);
        return Optional.of(t);
    }

    /** Called, and nobody came. */
    @Transactional
    public QueueTicket noShow(String centreCode, String number, Caller caller) {
        ServiceCentre centre = staffed(centreCode, caller);
        QueueTicket t = called(centre, number, QueueTicket.Status.NO_SHOW);
        t.status = QueueTicket.Status.NO_SHOW;
        events.ticket(QueueEvents.Kind.TICKET_NO_SHOW, centre, t, booking(t), OffsetDateTime.now(clock));
        return t;
    }

    /** The case the window opened for the number: the number is served. */
    @Transactional
    public QueueTicket serve(String centreCode, String number, String caseNumber, Caller caller) {
        ServiceCentre centre = staffed(centreCode, caller);
        QueueTicket t = called(centre, number, QueueTicket.Status.SERVED);
        IntakeCase c = IntakeCase.byNumber(caseNumber).filter(found -> caller.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.case", caseNumber));
        t.status = QueueTicket.Status.SERVED;
        t.caseNumber = c.number;
        return t;
    }

    /** The day's next number of a series at a centre (or of its bookings, series R), counted in one statement. */
    static int next(EntityManager entityManager, String centreCode, LocalDate day, char series) {
        return ((Number) entityManager.createNativeQuery("""
                        insert into queue_counter (centre_code, day, series, last) values (:c, :d, :s, 1)
                        on conflict (centre_code, day, series) do update set last = queue_counter.last + 1 returning last""")
                .setParameter("c", centreCode).setParameter("d", day).setParameter("s", String.valueOf(series))
                .getSingleResult()).intValue();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    private QueueTicket called(ServiceCentre centre, String number, QueueTicket.Status wanted) {
        QueueTicket t = QueueTicket.require(centre.code, today(), number);
        if (t.status != QueueTicket.Status.CALLED) {
            throw ProblemException.illegalTransition(t.status, wanted);
        }
        return t;
    }

    private static Appointment booking(QueueTicket t) {
        return t.appointmentId == null ? null : Appointment.findById(t.appointmentId);
    }

    private static ServiceCentre staffed(String centreCode, Caller caller) {
        ServiceCentre centre = ServiceCentre.require(centreCode);
        caller.requireCovering(centre.jurisdiction);
        return centre;
    }
}
