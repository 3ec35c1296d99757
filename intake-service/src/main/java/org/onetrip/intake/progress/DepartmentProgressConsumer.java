package org.onetrip.intake.progress;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.ElectronicLicence;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Each department system reports on its own topic {@code department.progress.<department code>} (key =
 * case number), which only that department's Kafka principal may write; intake reads them all by pattern.
 * Data {@code {caseNumber, department, note, decision, resultDocument, licence}}. A report naming another
 * department than its topic's, for an unknown case, from a department the case was not routed to, one the case's
 * state does not allow, or one that is malformed (a licence without its number, say), can never apply: it goes to
 * the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DepartmentProgressConsumer {
    public static final String TOPIC_PREFIX = "department.progress.";

    private final Inbox inbox;
    private final DepartmentProgress progress;
    private final Validator validator;

    DepartmentProgressConsumer(Inbox inbox, DepartmentProgress progress, Validator validator) {
        this.inbox = inbox;
        this.progress = progress;
        this.validator = validator;
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

    /** What a department system reports: for which case and department, and, when it decides, the decision. */
    record Report(String caseNumber, String department, String note, IntakeCase.Decision decision, String resultDocument,
                  ElectronicLicence licence) {
    }

    private void apply(Progress.Kind kind, CloudEvent event, String topicDepartment) {
        Report data = event.dataAs(Report.class);
        String number = data.caseNumber();
        String department = data.department();
        if (number == null || department == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no caseNumber or department");
        }
        if (!department.equals(topicDepartment)) {
            throw new PoisonEventException(event.type() + " " + event.id() + " reports for " + department
                    + " on the topic of " + topicDepartment + ": a department reports only for itself");
        }
        Progress report = new Progress(kind, data.note(), data.decision(), data.resultDocument(), data.licence());
        Set<ConstraintViolation<Progress>> violations = validator.validate(report);
        if (!violations.isEmpty()) {
            throw new PoisonEventException(event.type() + " for case " + number + " from " + department + " is invalid: "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        try {
            progress.apply(number, department, report, "department:" + department, CaseEvents.ActorKind.DEPARTMENT_SYSTEM);
        } catch (ProblemException e) {
            throw new PoisonEventException(event.type() + " for case " + number + " from " + department
                    + " cannot apply: " + e.getMessage());
        }
    }
}
