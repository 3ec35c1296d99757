package org.onetrip.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.onetrip.platform.testing.KafkaProbe;
import org.onetrip.platform.testing.OneTripSystem;
import org.onetrip.platform.testing.TraceCollector;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.e2e.Actors.*;

/** One trace from the clerk's request through the outbox and Kafka into each consumer. */
class TracingIT {
    private static final String ACCEPTED = "org.onetrip.intake.case.accepted.v1";
    private static final String ROUTED = "org.onetrip.intake.case.routed.v1";
    private final OneTripSystem system = OneTripSystem.get();

    @Test
    void anAcceptanceItsRoutingAndOversightsReadModelUpdateShareOneTrace() {
        String number;
        List<ConsumerRecord<String, String>> events;
        try (KafkaProbe cases = new KafkaProbe("intake.cases")) {
            number = acceptedCase(system.intake, newVillage());
            String key = number;
            events = cases.awaitRecords(records -> records.stream().filter(r -> key.equals(r.key())).count() >= 3,
                    Duration.ofSeconds(60));
        }
        String key = number;
        TraceCollector.Span acceptance = awaitSpan(s -> s.service().equals("intake-service") && s.parentSpanId().isEmpty()
                && s.attributes().values().stream().anyMatch(v -> v.endsWith("/api/v1/cases/" + key + "/acceptance")));
        String trace = acceptance.traceId();
        // The events of the acceptance carry its trace as the CloudEvents traceparent extension; the submission's its own.
        for (ConsumerRecord<String, String> event : events.stream().filter(r -> key.equals(r.key())).toList()) {
            String type = KafkaProbe.header(event, "ce_type");
            String traceparent = KafkaProbe.header(event, "ce_traceparent");
            assertThat(traceparent).as(type).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(traceparent.split("-")[1].equals(trace)).as(type + " in the acceptance's trace")
                    .isEqualTo(type.equals(ACCEPTED) || type.equals(ROUTED));
        }
        // Oversight applied both in that trace, each a child of a span of intake's.
        for (String type : List.of(ACCEPTED, ROUTED)) {
            TraceCollector.Span applied = awaitSpan(s -> s.traceId().equals(trace) && s.service().equals("oversight-service")
                    && s.name().equals("intake-cases apply " + type));
            assertThat(applied.attributes()).containsEntry("messaging.destination.name", "intake.cases");
            Optional<TraceCollector.Span> parent = system.traces.spans().stream()
                    .filter(s -> s.spanId().equals(applied.parentSpanId())).findFirst();
            assertThat(parent).as("the span " + type + " continues").hasValueSatisfying(p -> {
                assertThat(p.traceId()).isEqualTo(trace);
                assertThat(p.service()).isEqualTo("intake-service");
            });
        }
    }

    private TraceCollector.Span awaitSpan(java.util.function.Predicate<TraceCollector.Span> wanted) {
        try {
            awaitTrue(() -> system.traces.spans().stream().anyMatch(wanted));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no such span among the " + system.traces.spans().size() + " collected, the last of them: "
                    + system.traces.spans().stream().skip(Math.max(0, system.traces.spans().size() - 15)).toList(), e);
        }
        return system.traces.spans().stream().filter(wanted).findFirst().orElseThrow();
    }
}
