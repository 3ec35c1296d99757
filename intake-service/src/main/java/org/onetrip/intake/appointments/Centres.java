package org.onetrip.intake.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service centres as their administrator sets them up (windows, items, opening hours, slots), and the slots each
 * offers: every working day of the calendar (or every day, for a centre open on rest days), each opening period cut into slots, none begun, up to the centre's
 * booking horizon, with how many places are left.
 */
@ApplicationScoped
public class Centres {
    private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

    @Schema(name = "ServiceCentreBody")
    public record CentreBody(@NotBlank @Size(max = 100) @Schema(example = "义桥镇便民服务中心") String name,
                             @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") @Schema(example = "330109013") String jurisdiction,
                             @NotBlank @Size(max = 200) @Schema(example = "义桥镇义桥路 1 号一楼大厅") String address,
                             @NotNull @Size(min = 1, max = 4) List<@Valid @NotNull Period> openingHours,
                             @Schema(description = "Open on rest days too (周末不打烊); else on working days only") boolean openOnRestDays,
                             @Min(5) @Max(240) @Schema(example = "30") int slotMinutes,
                             @Min(1) @Max(500) @Schema(description = "Bookings a slot takes", example = "4") int slotCapacity,
                             @Min(1) @Max(90) @Schema(description = "How many days ahead residents may book", example = "14") int bookingDays,
                             @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Window> windows) {
    }

    public record Period(@NotNull @Pattern(regexp = TIME) @Schema(example = "09:00") String opens,
                         @NotNull @Pattern(regexp = TIME) @Schema(example = "12:00") String closes) {
    }

    public record Window(@NotBlank @Size(max = 10) @Pattern(regexp = "[0-9A-Za-z-]+") @Schema(example = "3") String number,
                         @NotBlank @Size(max = 100) @Schema(example = "综合受理窗口") String name,
                         @Size(max = 200) @Schema(description = "Item codes it serves; none: every item") List<@NotBlank @Size(max = 40) String> items) {
        public Window {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A bookable slot and the places left in it. */
    public record Slot(OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int available) {
    }

    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final EntityManager entityManager;

    Centres(WorkingDayCalendar calendar, Clock clock, EntityManager entityManager) {
        this.calendar = calendar;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Creates or replaces a centre and its windows, for an administrator of its jurisdiction. */
    @Transactional
    public ServiceCentre save(String code, CentreBody body, Caller caller) {
        caller.requireCovering(body.jurisdiction());
        List<FieldViolation> violations = new ArrayList<>();
        List<Period> periods = body.openingHours().stream().sorted(java.util.Comparator.comparing(Period::opens)).toList();
        for (int i = 0; i < periods.size(); i++) {
            boolean backwards = periods.get(i).opens().compareTo(periods.get(i).closes()) >= 0;
            boolean overlaps = i > 0 && periods.get(i).opens().compareTo(periods.get(i - 1).closes()) < 0;
            if (backwards || overlaps) {
                violations.add(new FieldViolation("openingHours", "centre.period"));
                break;
            }
        }
        Set<String> numbers = new HashSet<>();
        body.windows().stream().filter(w -> !numbers.add(w.number())).findFirst()
                .ifPresent(w -> violations.add(new FieldViolation("windows", "centre.window-repeated", w.number())));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        ServiceCentre centre = ServiceCentre.<ServiceCentre>findByIdOptional(code).orElseGet(ServiceCentre::new);
        if (centre.code != null) {
            caller.requireCovering(centre.jurisdiction);
        }
        centre.code = code;
        centre.name = body.name();
        centre.jurisdiction = body.jurisdiction();
        centre.address = body.address();
        centre.openingHours = periods.stream().map(p -> new ServiceCentre.OpeningPeriod(p.opens(), p.closes())).toList();
        centre.openOnRestDays = body.openOnRestDays();
        centre.slotMinutes = body.slotMinutes();
        centre.slotCapacity = body.slotCapacity();
        centre.bookingDays = body.bookingDays();
        centre.updatedAt = OffsetDateTime.now(clock);
        centre.updatedBy = caller.subject();
        centre.persist();
        ServiceWindow.delete("centreCode", code);
        entityManager.flush();
        for (Window w : body.windows()) {
            ServiceWindow window = new ServiceWindow();
            window.centreCode = code;
            window.number = w.number();
            window.name = w.name();
            window.items = w.items();
            window.persist();
        }
        return centre;
    }

    /** The slots from a day on, for an item the centre serves (every slot when no item is given). */
    public List<Slot> slots(ServiceCentre centre, LocalDate from, int days) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        LocalDate first = from.isBefore(today) ? today : from;
        LocalDate last = min(first.plusDays(days - 1L), today.plusDays(centre.bookingDays));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<OffsetDateTime[]> starts = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (!centre.openOnRestDays && !calendar.days().isWorkingDay(day)) {
                continue;
            }
            for (ServiceCentre.OpeningPeriod period : centre.openingHours) {
                LocalTime closes = LocalTime.parse(period.closes());
                for (LocalTime t = LocalTime.parse(period.opens()); !t.plusMinutes(centre.slotMinutes).isAfter(closes)
                        && t.plusMinutes(centre.slotMinutes).isAfter(t); t = t.plusMinutes(centre.slotMinutes)) {
                    OffsetDateTime start = day.atTime(t).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
                    if (start.isAfter(now)) {
                        starts.add(new OffsetDateTime[]{start, start.plusMinutes(centre.slotMinutes)});
                    }
                }
            }
        }
        Map<java.time.Instant, Integer> booked = booked(centre.code, starts);
        return starts.stream().map(s -> new Slot(s[0], s[1], centre.slotCapacity,
                Math.max(0, centre.slotCapacity - booked.getOrDefault(s[0].toInstant(), 0)))).toList();
    }

    /** The slot that starts then, if it is one residents may book now. */
    public java.util.Optional<Slot> slotAt(ServiceCentre centre, OffsetDateTime startsAt) {
        LocalDate day = startsAt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
        return slots(centre, day, 1).stream().filter(s -> s.startsAt().toInstant().equals(startsAt.toInstant())).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Map<java.time.Instant, Integer> booked(String centreCode, List<OffsetDateTime[]> starts) {
        Map<java.time.Instant, Integer> booked = new HashMap<>();
        if (starts.isEmpty()) {
            return booked;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select starts_at, booked from appointment_slot where centre_code = :c and starts_at between :from and :to""")
                .setParameter("c", centreCode).setParameter("from", starts.get(0)[0])
                .setParameter("to", starts.get(starts.size() - 1)[0]).getResultList();
        for (Object[] row : rows) {
            java.time.Instant at = row[0] instanceof java.time.Instant i ? i : ((OffsetDateTime) row[0]).toInstant();
            booked.put(at, ((Number) row[1]).intValue());
        }
        return booked;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
