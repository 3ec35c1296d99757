package org.onetrip.intake.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.intake.cases.CaseEvents;
import org.onetrip.intake.cases.CaseStatus;
import org.onetrip.intake.cases.IntakeCase;
import org.onetrip.intake.cases.LookupCodes;
import org.onetrip.intake.cases.ResidentRating;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.errors.ProblemMessages;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * 好差评 without an account: whoever holds a completed case's number and lookup code (the resident, who was handed
 * them) rates it once. Intake only checks the code and that the case is done, and forwards the rating on the case's
 * own events, after every earlier step of the case; oversight records it as it records every review.
 */
@ApplicationScoped
public class RatingByLookup {

    /** What the resident is told: the rating is on its way to the 好差评 record. */
    public record RatingReceived(String number, ResidentRating.Rating rating, OffsetDateTime ratedAt) {
    }

    private final LookupCodes lookupCodes;
    private final CaseEvents events;
    private final Clock clock;

    RatingByLookup(LookupCodes lookupCodes, CaseEvents events, Clock clock) {
        this.lookupCodes = lookupCodes;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the case can be rated on the look-up now. */
    static boolean ratable(IntakeCase c) {
        return c.ratedAt == null && (c.status == CaseStatus.COMPLETED || c.status == CaseStatus.DELIVERED);
    }

    @Transactional
    public RatingReceived rate(String number, String code, ResidentRating given) {
        IntakeCase c = lookupCodes.require(number, code);
        if (c.ratedAt != null) {
            throw new ProblemException(ProblemKind.CONFLICT, "rating.already-given");
        }
        if (!ratable(c)) {
            throw new ProblemException(ProblemKind.CONFLICT, "rating.not-completed", new ProblemMessages.Key("status." + c.status));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        c.ratedAt = now;
        ResidentRating rating = given.forwarded();
        events.publishRating(c, rating, now);
        return new RatingReceived(c.number, rating.rating(), now);
    }
}
