package org.onetrip.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Reports the outbox lag. A short Kafka outage is no reason to stop taking work (the outbox exists
 * for exactly that), so the check only fails once the oldest pending event is older than the
 * configured limit.
 */
@Readiness
@ApplicationScoped
public class OutboxReadinessCheck implements HealthCheck {
    private final OutboxBacklog backlog;
    private final Duration maxLag;

    OutboxReadinessCheck(OutboxBacklog backlog,
                         @ConfigProperty(name = "onetrip.outbox.readiness.max-lag", defaultValue = "PT15M") Duration maxLag) {
        this.backlog = backlog;
        this.maxLag = maxLag;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox");
        try {
            OutboxBacklog.Measure measure = backlog.measure();
            return builder.status(measure.oldestAgeSeconds() <= maxLag.toSeconds())
                    .withData("pending", measure.pending())
                    .withData("oldestPendingAgeSeconds", (long) measure.oldestAgeSeconds())
                    .withData("maxLagSeconds", maxLag.toSeconds())
                    .build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", e.getMessage()).build();
        }
    }
}
