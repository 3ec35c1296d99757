package org.onetrip.intake.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Each department system reports on its own topic {@code department.progress.<department code>} (key =
 * case number), which only that department's Kafka principal may write; intake reads them all by pattern.
 * Data {@code {caseNumber, department, note, decision, resultDocument}}. A report naming another department
 * than its topic's, for an unknown case, from a department the case was not routed to, or one the case's
 * state does not allow, can never apply: it goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DepartmentProgressConsumer {
    public static final String TOPIC_PREFIX = "department.progress.";

    private final Inbox inbox;
    private final DepartmentProgress progress;
    private final ObjectMapper json;

    DepartmentProgressConsumer(Inbox inbox, DepartmentProgress progress, ObjectMapper json) {
        this.inbox = inbox;
        this.progress = progress;
        this.json = json;
    }

    @Incoming("department-progress")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String topicDepartment = record.topic().startsWith(TOPIC_PREFIX) ? record.topic().substring(TOPIC_PREFIX.length()) : "";
        Map<String, Consumer<CloudEvent>> handlers = new HashMap<>();
        for (Progress.Kind kind : Progress.Kind.values()) {
            handlers.put(kind.type(), event -> apply(kind, event, topicDepartment));
        }
        inbox.process("department-progress", record, handlers);
    }

    private void apply(Progress.Kind kind, CloudEvent event, String topicDepartment) {
        String number = event.data().path("caseNumber").asText(null);
        String department = event.data().path("department").asText(null);
        if (number == null || department == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no caseNumber or department");
        }
        if (!department.equals(topicDepartment)) {
            throw new PoisonEventException(event.type() + " " + event.id() + " reports for " + department
                    + " on the topic of " + topicDepartment + ": a department reports only for itself");
        }
        Progress report;
        try {
            report = new Progress(kind, event.data().path("note").asText(null),
                    json.treeToValue(event.data().get("decision"), org.onetrip.intake.cases.IntakeCase.Decision.class),
                    event.data().path("resultDocument").asText(null));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has a bad decision: " + e.getMessage());
        }
        try {
            progress.apply(number, department, report, "department:" + department, CaseEvents.ActorKind.DEPARTMENT_SYSTEM);
        } catch (ProblemException e) {
            throw new PoisonEventException(event.type() + " for case " + number + " from " + department
                    + " cannot apply: " + e.getMessage());
        }
    }
}
