package org.onetrip.oversight.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Incidents recorded against cadres by the supervisors of their jurisdiction, and their exemption (容错免责). */
@ApplicationScoped
public class IncidentService {
    private final Clock clock;

    IncidentService(Clock clock) {
        this.clock = clock;
    }

    /** Recorded in the supervisor's jurisdiction; an exempt one needs the reason. */
    @Transactional
    public IncidentView record(EvaluationResource.NewIncident body, Caller caller) {
        if (body.exempt() && (body.exemptReason() == null || body.exemptReason().isBlank())) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("exemptReason", "incident.reason-needed")));
        }
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        i.cadreKind = body.cadreKind();
        i.cadre = body.cadre();
        i.kind = body.kind();
        i.description = body.description();
        i.occurredOn = body.occurredOn();
        i.exempt = body.exempt();
        i.exemptReason = body.exemptReason();
        i.recordedBy = caller.subject();
        i.jurisdiction = caller.requireJurisdiction();
        i.recordedAt = OffsetDateTime.now(clock);
        i.persist();
        return IncidentView.of(i);
    }

    /** Exempts an incident of the supervisor's jurisdiction (any other is not found). */
    @Transactional
    public IncidentView exempt(UUID id, String reason, Caller caller) {
        Incident i = Incident.<Incident>findByIdOptional(id).filter(found -> caller.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.incident", id));
        i.exempt = true;
        i.exemptReason = reason;
        return IncidentView.of(i);
    }
}
