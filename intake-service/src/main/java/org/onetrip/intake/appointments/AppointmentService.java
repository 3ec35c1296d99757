package org.onetrip.intake.appointments;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.onetrip.intake.replica.ItemRequirements;
import org.onetrip.intake.replica.PublishedItem;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.notifications.MessageKind;
import org.onetrip.platform.notifications.Notifications;
import org.onetrip.platform.personaldata.PersonalData;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Booking, moving and cancelling a slot. A slot's places are taken in one statement that adds a booking only while
 * the slot is below capacity, so two residents racing for the last place cannot both have it; a resident holds one
 * booking per item and day (a unique index, not a check that could race). Each change tells the resident, the
 * booking with the materials to bring.
 */
@ApplicationScoped
public class AppointmentService implements MessageKind.Declared {
    /** What a booking's messages may say (docs/notifications.md). */
    private static final Set<String> MESSAGE_FIELDS = Set.of("number", "item", "centre", "address", "when", "materials", "manageUrl");
    /** The link to the booking is its handle: only the phone's owner reads it, the record shows it masked. */
    private static final Set<String> SECRET_FIELDS = Set.of("manageUrl");
    private static final Logger LOG = Logger.getLogger(AppointmentService.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Schema(name = "NewAppointment")
    public record NewAppointment(@NotBlank @Size(max = 40) @Schema(example = "330109013-BMFW") String centre,
                                 @NotBlank @Size(max = 40) @Schema(example = "330109013-QR-0001") String itemCode,
                                 @NotNull @Schema(example = "2026-12-01T09:30:00+08:00") OffsetDateTime startsAt,
                                 @NotBlank @Size(max = 100) @Schema(example = "王秀英") String name,
                                 @NotBlank @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") @Schema(example = "13812341234") String phone,
                                 @Email @Size(max = 100) String email,
                                 @NotBlank @Size(max = 10) @Schema(description = "The code sent to the phone (POST /api/v1/appointments/verification-codes)",
                                         example = "482913") String phoneCode) {
    }

    private final Centres centres;
    private final VerificationCodes codes;
    private final Notifications notifications;
    private final PersonalData personalData;
    private final QueueEvents events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration grace;
    private final String manageUrl;

    AppointmentService(Centres centres, VerificationCodes codes, Notifications notifications, PersonalData personalData,
                       QueueEvents events, EntityManager entityManager, Clock clock,
                       @ConfigProperty(name = "onetrip.appointments.missed-after", defaultValue = "PT30M") Duration grace,
                       @ConfigProperty(name = "onetrip.appointments.manage-url", defaultValue = "http://localhost:8080/appointments/") String manageUrl) {
        this.centres = centres;
        this.codes = codes;
        this.manageUrl = manageUrl;
        this.notifications = notifications;
        this.personalData = personalData;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.grace = grace;
    }

    /** Only whoever holds the phone books in its name: the code sent to it first. */
    @Transactional
    public Appointment book(NewAppointment body) {
        codes.consume(body.phone(), body.phoneCode(), "phoneCode");
        ServiceCentre centre = ServiceCentre.require(body.centre());
        PublishedItem item = PublishedItem.offered(body.itemCode())
                .orElseThrow(() -> new ProblemException(ProblemKind.UNPROCESSABLE, "case.item-not-offered", body.itemCode()));
        if (ServiceWindow.of(centre.code).stream().noneMatch(w -> w.serves(item.code))) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, "appointment.item-not-served", centre.code, item.code);
        }
        Centres.Slot slot = reserve(centre, body.startsAt());
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.centreCode = centre.code;
        a.itemCode = item.code;
        a.itemName = item.name;
        place(a, slot);
        a.number = centre.code + "-" + a.day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + String.format("%03d", QueueService.next(entityManager, centre.code, a.day, 'R'));
        a.status = Appointment.Status.BOOKED;
        a.name = body.name();
        a.phone = personalData.sealPhone(body.phone(), a.sealedAt("phone_sealed"));
        a.email = body.email() == null || body.email().isBlank() ? null : personalData.sealEmail(body.email(), a.sealedAt("email_sealed"));
        a.bookedAt = OffsetDateTime.now(clock);
        a.changedAt = a.bookedAt;
        a.persist();
        holdOnePerDay();
        tell("appointment-booked", centre, a, item.requirements);
        return a;
    }

    @Transactional
    public Appointment find(UUID id) {
        return Appointment.require(id);
    }

    /** Sends a code to the booking's phone, for moving or cancelling it. */
    @Transactional
    public void sendCode(UUID id) {
        Appointment a = booked(id);
        codes.send(phone(a), ServiceCentre.require(a.centreCode).jurisdiction);
    }

    @Transactional
    public Appointment move(UUID id, OffsetDateTime startsAt, String code) {
        Appointment a = booked(id);
        codes.consume(phone(a), code, "code");
        ServiceCentre centre = ServiceCentre.require(a.centreCode);
        Centres.Slot slot = reserve(centre, startsAt);
        release(a);
        place(a, slot);
        a.changedAt = OffsetDateTime.now(clock);
        holdOnePerDay();
        tell("appointment-moved", centre, a, null);
        return a;
    }

    @Transactional
    public Appointment cancel(UUID id, String code) {
        Appointment a = booked(id);
        codes.consume(phone(a), code, "code");
        release(a);
        a.status = Appointment.Status.CANCELLED;
        a.changedAt = OffsetDateTime.now(clock);
        tell("appointment-cancelled", ServiceCentre.require(a.centreCode), a, null);
        return a;
    }

    /** Bookings whose slot ended a while ago without the resident are missed (爽约), for the board. */
    @Scheduled(every = "${onetrip.appointments.sweep-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void markMissed() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Replicas sweep at once: each booking is marked (and announced) by the one that locked it.
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from appointment where status = 'BOOKED' and ends_at < :before for update skip locked""")
                .setParameter("before", now.minus(grace)).getResultList();
        List<Appointment> missed = ids.stream().map(id -> Appointment.<Appointment>findById(id)).toList();
        for (Appointment a : missed) {
            a.status = Appointment.Status.MISSED;
            a.changedAt = now;
            events.missed(ServiceCentre.require(a.centreCode), a, now);
        }
        if (!missed.isEmpty()) {
            LOG.infof("%d appointment(s) missed", missed.size());
        }
    }

    private Appointment booked(UUID id) {
        Appointment a = Appointment.lock(id);
        if (a.status != Appointment.Status.BOOKED) {
            throw ProblemException.illegalTransition(a.status, Appointment.Status.CANCELLED);
        }
        return a;
    }

    /** A place in the slot starting then, if it is a bookable slot with a place left. */
    private Centres.Slot reserve(ServiceCentre centre, OffsetDateTime startsAt) {
        Centres.Slot slot = centres.slotAt(centre, startsAt).orElseThrow(() -> ProblemException.invalid(List.of(
                new FieldViolation("startsAt", "appointment.not-a-slot", centre.bookingDays))));
        List<?> taken = entityManager.createNativeQuery("""
                        insert into appointment_slot (centre_code, starts_at, booked) values (:c, :t, 1)
                        on conflict (centre_code, starts_at) do update set booked = appointment_slot.booked + 1
                        where appointment_slot.booked < :capacity returning booked""")
                .setParameter("c", centre.code).setParameter("t", slot.startsAt()).setParameter("capacity", centre.slotCapacity)
                .getResultList();
        if (taken.isEmpty()) {
            throw new ProblemException(ProblemKind.CONFLICT, "appointment.slot-full");
        }
        return slot;
    }

    private void release(Appointment a) {
        entityManager.createNativeQuery("""
                        update appointment_slot set booked = booked - 1 where centre_code = :c and starts_at = :t and booked > 0""")
                .setParameter("c", a.centreCode).setParameter("t", a.startsAt).executeUpdate();
    }

    private static void place(Appointment a, Centres.Slot slot) {
        a.startsAt = slot.startsAt();
        a.endsAt = slot.endsAt();
        a.day = slot.startsAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }

    /** The unique index on resident, item and day decides, now: a second booking is a 409, not a failed commit. */
    private void holdOnePerDay() {
        try {
            entityManager.flush();
        } catch (ConstraintViolationException e) {
            if ("appointment_one_a_day".equals(e.getConstraintName())) {
                throw new ProblemException(ProblemKind.CONFLICT, "appointment.already-booked");
            }
            throw e;
        }
    }

    @Override
    public List<MessageKind> kinds() {
        return List.of(new MessageKind("appointment-booked", MESSAGE_FIELDS, SECRET_FIELDS),
                new MessageKind("appointment-moved", MESSAGE_FIELDS, SECRET_FIELDS),
                new MessageKind("appointment-cancelled", MESSAGE_FIELDS, SECRET_FIELDS));
    }

    private String phone(Appointment a) {
        return personalData.open(a.phone, a.sealedAt("phone_sealed"));
    }

    private void tell(String kind, ServiceCentre centre, Appointment a, ItemRequirements requirements) {
        Map<String, String> data = new HashMap<>();
        data.put("number", a.number);
        data.put("manageUrl", manageUrl + a.id);
        data.put("item", a.itemName);
        data.put("centre", centre.name);
        data.put("address", centre.address);
        data.put("when", WHEN.format(a.startsAt.atZoneSameInstant(WorkingDayCalendar.ZONE)));
        data.put("materials", requirements == null ? "" : String.join("；", requirements.materials().stream()
                .filter(m -> !m.sharedData() && (m.required() || m.conditional()))
                .map(m -> m.conditional() ? m.name() + "（" + m.condition() + "）" : m.name()).toList()));
        notifications.record(new Notifications.Notice(UUID.randomUUID(), kind, Notifications.categoryOf(a.itemCode), a.number,
                centre.jurisdiction, data), new Notifications.Recipient(phone(a),
                personalData.open(a.email, a.sealedAt("email_sealed"))));
    }
}
