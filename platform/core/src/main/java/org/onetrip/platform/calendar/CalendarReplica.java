package org.onetrip.platform.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Keeps this service's calendar as the keeper publishes it ({@code onetrip.calendar.replica=true}, with the
 * channel {@code calendar-days} on {@code calendar.days}). The shipped arrangements are the replica's start;
 * every published edit then wins, in order per date.
 */
@IfBuildProperty(name = "onetrip.calendar.replica", stringValue = "true")
@ApplicationScoped
public class CalendarReplica {
    private final Inbox inbox;
    private final WorkingDayCalendar calendar;
    private final ObjectMapper json;

    CalendarReplica(Inbox inbox, WorkingDayCalendar calendar, ObjectMapper json) {
        this.inbox = inbox;
        this.calendar = calendar;
        this.json = json;
    }

    @Incoming("calendar-days")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("calendar-days", batch, Map.of(CalendarEvents.SET, this::changed, CalendarEvents.CLEARED, this::changed));
    }

    private void changed(CloudEvent event) {
        CalendarEvents.DayChanged change;
        try {
            change = json.treeToValue(event.data(), CalendarEvents.DayChanged.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " cannot be read: " + e.getMessage());
        }
        if (change.day() == null || CalendarEvents.SET.equals(event.type()) && change.kind() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no day or kind");
        }
        calendar.record(change.day(), CalendarEvents.SET.equals(event.type()) ? change.kind() : null, change.name());
    }
}
