package org.onetrip.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How far the outbox is behind: rows not yet sent and the age of the oldest. Exposed as metrics and
 * read by the readiness check. Measured at most once a second, however often it is asked.
 */
@ApplicationScoped
public class OutboxBacklog {
    private static final long FRESH_FOR_MILLIS = 1000;

    public record Measure(long pending, double oldestAgeSeconds) {
    }

    private final AgroalDataSource dataSource;
    private volatile Measure last = new Measure(0, 0);
    private volatile long measuredAt;

    OutboxBacklog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void registerMetrics(@Observes StartupEvent ignored, MeterRegistry registry) {
        Gauge.builder("onetrip.outbox.pending", this, b -> b.measure().pending())
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("onetrip.outbox.oldest.pending.age", this, b -> b.measure().oldestAgeSeconds())
                .baseUnit("seconds").description("Age of the oldest outbox event not yet acknowledged by Kafka")
                .register(registry);
    }

    public Measure measure() {
        long now = System.currentTimeMillis();
        if (now - measuredAt > FRESH_FOR_MILLIS) {
            last = query();
            measuredAt = now;
        }
        return last;
    }

    private Measure query() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                     + " from outbox_event where sent_at is null")) {
            rs.next();
            return new Measure(rs.getLong(1), rs.getDouble(2));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot measure the outbox backlog", e);
        }
    }
}
