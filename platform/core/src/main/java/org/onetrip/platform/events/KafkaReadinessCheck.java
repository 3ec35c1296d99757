package org.onetrip.platform.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.onetrip.platform.outbox.OutboxBacklog;
import org.onetrip.platform.outbox.OutboxRelay;


/**
 * Kafka as the readiness probe sees it: never a reason to take a service out of its load balancer. A producer keeps
 * serving while the broker is away — its events wait in the outbox, in the same transactions as its data — and a
 * consumer simply falls behind; neither is helped by being taken away. So the check is always UP, and says how
 * things stand: {@code DEGRADED} while the outbox relay cannot publish (since when, why), the outbox backlog, and each
 * consumer channel's lag in records (from the Kafka client's metrics, without asking the broker).
 */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {
    private final OutboxRelay relay;
    private final OutboxBacklog backlog;
    private final Instance<KafkaClientService> clients;
    private final MeterRegistry metrics;

    KafkaReadinessCheck(OutboxRelay relay, OutboxBacklog backlog, Instance<KafkaClientService> clients, MeterRegistry metrics) {
        this.relay = relay;
        this.backlog = backlog;
        this.clients = clients;
        this.metrics = metrics;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.State state = relay.state();
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("kafka").up()
                .withData("state", state.failing() ? "DEGRADED" : "CONNECTED");
        if (state.publishedAt() != null) {
            builder.withData("lastPublishedAt", state.publishedAt().toString());
        }
        if (state.failing()) {
            builder.withData("failingSince", state.failingSince().toString()).withData("failure", state.failure());
        }
        try {
            OutboxBacklog.Measure measure = backlog.measure();
            builder.withData("outboxPending", measure.pending())
                    .withData("outboxOldestPendingAgeSeconds", (long) measure.oldestAgeSeconds());
        } catch (RuntimeException e) {
            builder.withData("outbox", "not measured: " + e.getMessage()); // the database's own check says why
        }
        if (clients.isResolvable()) {
            for (String channel : clients.get().getConsumerChannels()) {
                builder.withData("lag." + channel, lag(channel));
            }
        }
        return builder.build();
    }

    /**
     * The records the channel's consumer has still to read of its partitions, from the Kafka client's own metrics
     * (read without touching the consumer, whose thread may be busy reconnecting): the partitions' lags once records
     * came from them, else the client's recent maximum (0 while idle), else "unknown" (no fetch yet).
     */
    private String lag(String channel) {
        String client = "kafka-consumer-" + channel;
        double total = 0;
        boolean known = false;
        for (Gauge partition : metrics.find("kafka.consumer.fetch.manager.records.lag").tag("client.id", client).gauges()) {
            if (!Double.isNaN(partition.value())) {
                total += partition.value();
                known = true;
            }
        }
        if (!known) {
            Gauge max = metrics.find("kafka.consumer.fetch.manager.records.lag.max").tag("client.id", client).gauge();
            if (max != null && !Double.isNaN(max.value())) {
                total = max.value();
                known = true;
            }
        }
        return known ? Long.toString((long) total) : "unknown";
    }
}
