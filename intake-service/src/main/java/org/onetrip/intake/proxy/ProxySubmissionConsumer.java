package org.onetrip.intake.proxy;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onetrip.intake.cases.CaseService;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.Channel;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.SealedSubmissions;
import org.onetrip.intake.cases.Submission;
import org.onetrip.intake.cases.SubmittedMaterial;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.events.CloudEvent;
import org.onetrip.platform.inbox.Inbox;
import org.onetrip.platform.events.PoisonEventException;
import org.onetrip.platform.security.Caller;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionStage;

/**
 * Proxy agents submit through events: a {@code proxyagent.request.submitted.v1} on proxy.requests
 * becomes a case with channel PROXY, a {@code supplemented} brings the notice's materials, and a {@code delivered}
 * (the agent handed the result over) delivers the case. The proxy request id makes it idempotent: the same request never
 * opens two cases, and every event of the case carries the id back.
 */
@ApplicationScoped
public class ProxySubmissionConsumer {
    public static final String SUBMITTED = "org.onetrip.proxyagent.request.submitted.v1";
    public static final String SUPPLEMENTED = "org.onetrip.proxyagent.request.supplemented.v1";
    public static final String DELIVERED = "org.onetrip.proxyagent.request.delivered.v1";

    /** The part of the proxy request event intake reads. */
    public record ProxySubmission(UUID requestId, String agent, Submission submission) {
    }

    private final Inbox inbox;
    private final CaseService cases;
    private final Validator validator;
    private final SealedSubmissions sealedSubmissions;

    ProxySubmissionConsumer(Inbox inbox, CaseService cases, Validator validator, SealedSubmissions sealedSubmissions) {
        this.sealedSubmissions = sealedSubmissions;
        this.inbox = inbox;
        this.cases = cases;
        this.validator = validator;
    }

    @Incoming("proxy-requests")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.process("proxy-requests", batch, Map.of(SUBMITTED, this::submitted, SUPPLEMENTED, this::supplemented,
                DELIVERED, this::delivered));
    }

    /** What intake reads of a request the agent handed the result over for: which request, and who. */
    record Handover(UUID requestId, String actor) {
    }

    /**
     * The agent handed the result to the resident: the window's case is delivered, by agent (no trip). A case
     * the clerk already delivered stays as it is.
     */
    private void delivered(CloudEvent event) {
        Handover handover = event.dataAs(Handover.class);
        if (handover.requestId() == null) {
            throw new PoisonEventException(event.type() + " " + event.id() + " has no requestId");
        }
        IntakeCase c = IntakeCase.<IntakeCase>find("proxyRequestId", handover.requestId()).firstResultOptional()
                .orElseThrow(() -> new PoisonEventException("no case for proxy request " + handover.requestId()));
        if (c.status == CaseStatus.DELIVERED) {
            return;
        }
        try {
            cases.deliver(c.number, IntakeCase.DeliveryMethod.PROXY_AGENT, Caller.system("agent:" + handover.actor()));
        } catch (ProblemException e) {
            throw new PoisonEventException("delivery of proxy request " + handover.requestId() + " cannot apply: " + e.getMessage());
        }
    }

    /** The agent brought what the one-time notice asked for: the case goes back to the clerk. */
    private void supplemented(CloudEvent event) {
        UUID requestId = UUID.fromString(event.data().path("requestId").asText());
        IntakeCase c = IntakeCase.<IntakeCase>find("proxyRequestId", requestId).firstResultOptional()
                .orElseThrow(() -> new PoisonEventException("no case for proxy request " + requestId));
        List<SubmittedMaterial> materials = new java.util.ArrayList<>();
        event.data().path("materials").forEach(code -> materials.add(new SubmittedMaterial(code.asText(), "代办员收件", false)));
        try {
            cases.supplement(c.number, new Submission.Supplement(List.of(), materials),
                    Caller.system("agent:" + event.data().path("actor").asText()));
        } catch (ProblemException e) {
            throw new PoisonEventException("supplement of proxy request " + requestId + " cannot apply: " + e.getMessage());
        }
    }

    private void submitted(CloudEvent event) {
        // The resident's name, ID and phone cross Kafka sealed with the exchange key only proxy-agent and intake hold.
        ProxySubmission proxy = sealedSubmissions.read(event, ProxySubmission.class);
        if (proxy.requestId() == null || proxy.submission() == null) {
            throw new PoisonEventException("proxy submission " + event.id() + " has no requestId or submission");
        }
        Set<ConstraintViolation<Submission>> violations = validator.validate(proxy.submission());
        if (!violations.isEmpty() || proxy.submission().channel() != Channel.PROXY) {
            throw new PoisonEventException("proxy submission " + proxy.requestId() + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; "))
                    + (proxy.submission().channel() != Channel.PROXY ? " channel must be PROXY" : ""));
        }
        if (IntakeCase.count("proxyRequestId", proxy.requestId()) > 0) {
            return;
        }
        try {
            cases.submit(proxy.submission(), Caller.system("agent:" + proxy.agent()), proxy.requestId());
        } catch (ProblemException e) {
            throw new PoisonEventException("proxy submission " + proxy.requestId() + " cannot open a case: " + e.getMessage());
        }
    }
}
