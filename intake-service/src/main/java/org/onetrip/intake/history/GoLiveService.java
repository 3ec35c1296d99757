package org.onetrip.intake.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** When each jurisdiction went live, set by its supervisors: history import takes only what was finished before. */
@ApplicationScoped
public class GoLiveService {

    /** The day in force for the jurisdiction (its own, else the nearest above it's), for a caller covering it. */
    public LocalDate inForce(String jurisdiction, Caller caller) {
        caller.requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        return GoLive.of(jurisdiction).orElseThrow(() -> ProblemException.notFound("entity.go-live", jurisdiction));
    }

    /** Sets the jurisdiction's own day, for those below it without their own too. */
    @Transactional
    public LocalDate set(String jurisdiction, LocalDate day, Caller caller) {
        caller.requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        GoLive g = GoLive.<GoLive>findByIdOptional(jurisdiction).orElseGet(() -> {
            GoLive created = new GoLive();
            created.jurisdiction = jurisdiction;
            return created;
        });
        g.day = day;
        g.updatedBy = caller.subject();
        g.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        g.persist();
        return day;
    }
}
