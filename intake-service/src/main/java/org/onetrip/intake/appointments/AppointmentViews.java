package org.onetrip.intake.appointments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the API shows of centres, bookings and queue numbers: no full phone, no e-mail, ever. */
public final class AppointmentViews {

    private AppointmentViews() {
    }

    public record CentreView(String code, String name, String jurisdiction, String address,
                             List<ServiceCentre.OpeningPeriod> openingHours, boolean openOnRestDays, int slotMinutes,
                             int slotCapacity, int bookingDays, List<WindowView> windows) {
        static CentreView of(ServiceCentre c) {
            return new CentreView(c.code, c.name, c.jurisdiction, c.address, c.openingHours, c.openOnRestDays, c.slotMinutes, c.slotCapacity,
                    c.bookingDays, ServiceWindow.of(c.code).stream().map(w -> new WindowView(w.number, w.name, w.items)).toList());
        }
    }

    public record WindowView(String number, String name, List<String> items) {
    }

    /** A booking as its holder sees it; {@code id} is their handle to move or cancel it. */
    public record AppointmentView(UUID id, String number, String centre, String itemCode, String itemName,
                                  OffsetDateTime startsAt, OffsetDateTime endsAt, Appointment.Status status, String name,
                                  String phone, OffsetDateTime bookedAt) {
        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id, a.number, a.centreCode, a.itemCode, a.itemName, a.startsAt, a.endsAt, a.status,
                    a.name, a.phone.masked, a.bookedAt);
        }
    }

    public record TicketView(String number, String centre, LocalDate day, String itemCode, boolean booked,
                             QueueTicket.Status status, String window, OffsetDateTime takenAt, OffsetDateTime calledAt,
                             String caseNumber) {
        static TicketView of(QueueTicket t) {
            return new TicketView(t.number, t.centreCode, t.day, t.itemCode, t.appointmentId != null, t.status, t.windowNumber,
                    t.takenAt, t.calledAt, t.caseNumber);
        }
    }

    /** What the screen in the hall shows: the numbers called last, at which window, and how many still wait. */
    public record Display(String centre, String name, LocalDate day, OffsetDateTime at, List<Called> calling, long waiting) {
    }

    public record Called(String ticket, String window, OffsetDateTime calledAt) {
    }
}
