package org.onetrip.intake.progress;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.CaseService;
import org.onetrip.intake.cases.DecisionDocument;
import org.onetrip.intake.cases.ElectronicLicence;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.SealedSubmissions;
import org.onetrip.intake.cases.Submission;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.security.Caller;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Each department system reports on its own topic {@code department.progress.<department code>} (key =
 * case number), which only that department's Kafka principal may write; intake reads them all by pattern.
 * Data {@code {caseNumber, department, note, decision, resultDocument, licence}}. On the same topic the system registers
 * a case the department accepted at its own counter ({@link #REGISTERED}, key = its own file number), the applicant
 * sealed under the department's exchange key. A report or registration naming another
 * department than its topic's, for an unknown case, from a department the case was not routed to, one the case's
 * state does not allow, or one that is malformed (a licence without its number, say), can never apply: it goes to
 * the dead-letter topic with the reason.
 */
@ApplicationScoped
public class DepartmentProgressConsumer {
    public static final String TOPIC_PREFIX = "department.progress.";
    public static final String REGISTERED = "org.onetrip.department.case.registered.v1";

    private final Inbox inbox;
    private final DepartmentProgress progress;
    private final Validator validator;
    private final CaseService cases;
    private final SealedSubmissions sealedSubmissions;

    DepartmentProgressConsumer(Inbox inbox, DepartmentProgress progress, Validator validator, CaseService cases,
                               SealedSubmissions sealedSubmissions) {
        this.cases = cases;
        this.sealedSubmissions = sealedSubmissions;
        this.inbox = inbox;
        this.progress = progress;
        this.validator = validator;
    }

    @Incoming("department-progress")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("department-progress", batch, headers -> true, this::handler);
    }

    /** The handler of a type on a topic: the department is the topic's, whatever the event says. */
    private Consumer<CloudEvent> handler(String topic, String type) {
        String topicDepartment = topic.startsWith(TOPIC_PREFIX) ? topic.substring(TOPIC_PREFIX.length()) : "";
        if (REGISTERED.equals(type)) {
            return event -> register(event, topicDepartment);
        }
        return Arrays.stream(Progress.Kind.values()).filter(kind -> kind.type().equals(type)).findFirst()
                .<Consumer<CloudEvent>>map(kind -> event -> apply(kind, event, topicDepartment)).orElse(null);
    }

    /** What a department system reports: for which case and department, and, when it decides, the decision. */
    record Report(String caseNumber, String department, String note, IntakeCase.Decision decision, String resultDocument,
                  ElectronicLicence licence, DecisionDocument decisionDocument) {
    }

    /** What a department system registers: its file number for the case, and what the applicant handed in. */
    record Registration(String department, String reference, Submission submission) {
    }

    /** 分散受理 over Kafka: the same registration as the inbox API's, by the department's system, once per reference. */
    private void register(CloudEvent event, String topicDepartment) {
        Registration data = sealedSubmissions.read(event, Registration.class);
        requireOwnTopic(event, data.department(), topicDepartment);
        if (data.reference() == null || data.reference().isBlank() || data.reference().length() > 60 || data.submission() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " needs a reference (at most 60 characters) and a submission");
        }
        Submission submission = data.submission().atDepartmentCounter();
        requireValid(event, data.reference(), data.department(), validator.validate(submission));
        try {
            cases.registerAtCounter(submission, data.reference(), Caller.departmentSystem(data.department()));
        } catch (ProblemException e) {
            throw new PoisonEventException(event.type() + " " + data.reference() + " from " + data.department()
                    + " cannot open a case: " + e.getMessage());
        }
    }

    private void apply(Progress.Kind kind, CloudEvent event, String topicDepartment) {
        Report data = event.dataAs(Report.class);
        String number = data.caseNumber();
        String department = data.department();
        if (number == null || department == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names no caseNumber or department");
        }
        requireOwnTopic(event, department, topicDepartment);
        Progress report = new Progress(kind, data.note(), data.decision(), data.resultDocument(), data.licence(),
                data.decisionDocument());
        requireValid(event, number, department, validator.validate(report));
        try {
            progress.apply(number, department, report, "department:" + department, CaseEvents.ActorKind.DEPARTMENT_SYSTEM);
        } catch (ProblemException e) {
            throw new PoisonEventException(event.type() + " for case " + number + " from " + department
                    + " cannot apply: " + e.getMessage());
        }
    }

    /** A department reports only for itself: on its own topic, naming itself. */
    private static void requireOwnTopic(CloudEvent event, String department, String topicDepartment) {
        if (department == null || !department.equals(topicDepartment)) {
            throw new PoisonEventException(event.type() + " " + event.id() + " names " + department
                    + " on the topic of " + topicDepartment + ": a department reports only for itself");
        }
    }

    private static <T> void requireValid(CloudEvent event, String subject, String department, Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new PoisonEventException(event.type() + " for " + subject + " from " + department + " is invalid: "
                    + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted()
                    .collect(Collectors.joining("; ")));
        }
    }
}
