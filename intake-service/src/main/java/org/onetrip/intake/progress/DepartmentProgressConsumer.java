package org.onetrip.intake.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.inbox.PoisonEventException;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Department systems report on department.progress (key = case number): data
 * {@code {caseNumber, department, note, decision, resultDocument}}. A report for an unknown case, from
 * a department the case was not routed to, or one the case's state does not allow, can never apply:
 * it goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DepartmentProgressConsumer {
    private final Inbox inbox;
    private final DepartmentProgress progress;
    private final ObjectMapper json;
    private final Map<String, Consumer<CloudEvent>> handlers = new HashMap<>();

    DepartmentProgressConsumer(Inbox inbox, DepartmentProgress progress, ObjectMapper json) {
        this.inbox = inbox;
        this.progress = progress;
        this.json = json;
        for (Progress.Kind kind : Progress.Kind.values()) {
            handlers.put(kind.type(), event -> apply(kind, event));
        }
    }

    @Incoming("department-progress")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process("department-progress", record, handlers);
    }

    private void apply(Progress.Kind kind, CloudEvent event) {
        String number = event.data().path("caseNumber").asText(null);
        String department = event.data().path("department").asText(null);
        if (number == null || department == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no caseNumber or department");
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
            progress.apply(number, department, report, "department:" + department);
        } catch (ProblemException e) {
            throw new PoisonEventException(event.type() + " for case " + number + " from " + department
                    + " cannot apply: " + e.getMessage());
        }
    }
}
