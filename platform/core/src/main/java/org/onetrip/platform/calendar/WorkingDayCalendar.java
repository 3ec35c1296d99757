package org.onetrip.platform.calendar;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar of the window: data per year in the database, seeded from the State
 * Council's arrangements shipped with the service. One service keeps it ({@link CalendarKeeper}) and
 * publishes every edit on {@code calendar.days}; the others hold a replica ({@link CalendarReplica}). Kept
 * in memory and reloaded after every edit, and every minute for the edits other replicas of the same
 * service make. On in the services that count deadlines ({@code onetrip.calendar.enabled=true}).
 */
@IfBuildProperty(name = "onetrip.calendar.enabled", stringValue = "true")
@ApplicationScoped
public class WorkingDayCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String SEED = "calendar/cn-holidays.csv";

    private final EntityManager entityManager;
    private final Clock clock;
    private static final long RELOAD_EVERY_MILLIS = 60_000;
    private volatile WorkingDays days = new WorkingDays(Map.of());
    private volatile long loadedAt;

    private final TransactionSynchronizationRegistry transactions;

    WorkingDayCalendar(EntityManager entityManager, Clock clock, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.transactions = transactions;
    }

    void seedAndLoad(@Observes StartupEvent ignored) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (var entry : readSeed().entrySet()) {
                entityManager.createNativeQuery("insert into calendar_day (day, kind, name) values (:day, :kind, :name)"
                                + " on conflict (day) do nothing")
                        .setParameter("day", entry.getKey())
                        .setParameter("kind", entry.getValue()[0])
                        .setParameter("name", entry.getValue()[1])
                        .executeUpdate();
            }
        });
        reload();
    }

    /**
     * Records a day in the current transaction: {@code kind} null clears it (the date follows the Monday-to-Friday
     * rule again). The next {@link #days()} sees it.
     */
    void record(LocalDate day, WorkingDays.Kind kind, String name) {
        if (kind == null) {
            CalendarDay.deleteById(day);
        } else {
            CalendarDay d = CalendarDay.<CalendarDay>findByIdOptional(day).orElseGet(CalendarDay::new);
            d.day = day;
            d.kind = kind;
            d.name = name;
            d.persist();
        }
        // Reloaded once the change is committed: a reload before would read the old day and keep it a minute.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                loadedAt = 0;
            }
        });
    }

    private void reload() {
        Map<LocalDate, WorkingDays.Kind> exceptions = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> CalendarDay.<CalendarDay>listAll())
                .forEach(d -> exceptions.put(d.day, d.kind));
        days = new WorkingDays(exceptions);
        loadedAt = System.currentTimeMillis();
    }

    public WorkingDays days() {
        if (System.currentTimeMillis() - loadedAt > RELOAD_EVERY_MILLIS) {
            reload();
        }
        return days;
    }

    /** Today at the window, in China's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The shipped arrangements: date → {kind, name}. */
    public static Map<LocalDate, String[]> readSeed() {
        Map<LocalDate, String[]> seed = new HashMap<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("date,") && !l.isBlank()).toList();
            for (String line : lines) {
                String[] cells = line.split(",", 3);
                seed.put(LocalDate.parse(cells[0]), new String[] {WorkingDays.Kind.valueOf(cells[1]).name(), cells[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seed;
    }

    public static WorkingDays seeded() {
        Map<LocalDate, WorkingDays.Kind> exceptions = new HashMap<>();
        readSeed().forEach((day, value) -> exceptions.put(day, WorkingDays.Kind.valueOf(value[0])));
        return new WorkingDays(exceptions);
    }
}
