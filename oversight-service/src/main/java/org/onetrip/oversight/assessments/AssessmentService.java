package org.onetrip.oversight.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A deputy's scores of a department or town, once per quarter and target, on every configured criterion. */
@ApplicationScoped
public class AssessmentService {
    private final List<String> criteria;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    AssessmentService(OversightConfig config,
                      WorkingDayCalendar calendar, Clock clock) {
        this.criteria = List.copyOf(config.assessmentCriteria());
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What a score answers: its id, quarter and target. */
    public record Scored(UUID id, String quarter, String target) {
    }

    /** During the quarter, once per deputy and target (409 the second time); every criterion, 0 to 100. */
    @Transactional
    public Scored score(AssessmentResource.NewAssessment body, Caller caller) {
        // A department's code and a town's code begin with the jurisdiction's: a deputy scores only its own.
        caller.requireCovering(body.target().split("-", 2)[0]);
        Quarter quarter = Quarter.parse(body.quarter());
        if (!Quarter.of(calendar.today()).equals(quarter)) {
            throw new ProblemException(ProblemKind.CONFLICT, "assessment.not-open", quarter, Quarter.of(calendar.today()));
        }
        List<FieldViolation> problems = new ArrayList<>();
        criteria.stream().filter(c -> !body.scores().containsKey(c))
                .forEach(c -> problems.add(new FieldViolation("scores." + c, "assessment.criterion-missing")));
        body.scores().keySet().stream().filter(c -> !criteria.contains(c))
                .forEach(c -> problems.add(new FieldViolation("scores." + c, "assessment.criterion-unknown", String.join("、", criteria))));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        if (Assessment.count("quarter = ?1 and deputy = ?2 and target = ?3", quarter.toString(), caller.subject(), body.target()) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "assessment.already-scored", body.target(), quarter);
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.quarter = quarter.toString();
        a.deputy = caller.subject();
        a.targetKind = body.targetKind();
        a.target = body.target();
        a.scores = Map.copyOf(body.scores());
        a.comment = body.comment();
        a.scoredAt = OffsetDateTime.now(clock);
        a.persist();
        return new Scored(a.id, a.quarter, a.target);
    }
}
