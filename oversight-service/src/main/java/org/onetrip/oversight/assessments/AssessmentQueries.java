package org.onetrip.oversight.assessments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.oversight.OversightConfig;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A quarter's results per target, public once the quarter has closed; no deputy is named. */
@ApplicationScoped
public class AssessmentQueries {

    /** One target's results: how many deputies scored it, the mean per criterion and overall. */
    public record Result(String target, Assessment.TargetKind targetKind, long deputies, Map<String, BigDecimal> criteria,
                         BigDecimal overall, List<String> comments) {
    }

    public record Results(String quarter, List<String> criteria, List<Result> results) {
    }

    private final List<String> criteria;
    private final WorkingDayCalendar calendar;

    AssessmentQueries(OversightConfig config,
                      WorkingDayCalendar calendar) {
        this.criteria = List.copyOf(config.assessmentCriteria());
        this.calendar = calendar;
    }

    /** What deputies score, each 0 to 100. */
    public List<String> criteria() {
        return criteria;
    }

    /** Supervisors may see an open quarter's results of their jurisdiction; everyone a closed quarter's. */
    @Transactional
    public Results results(String text, Caller caller) {
        Quarter quarter = Quarter.parse(text);
        boolean supervisor = caller.is(Roles.SUPERVISOR);
        if (!quarter.closedOn(calendar.today()) && !supervisor) {
            throw new ProblemException(ProblemKind.CONFLICT, "assessment.not-published", quarter);
        }
        Map<String, List<Assessment>> byTarget = new TreeMap<>();
        Assessment.<Assessment>list("quarter", quarter.toString()).stream()
                .filter(a -> quarter.closedOn(calendar.today()) || caller.covers(a.target.split("-", 2)[0]))
                .forEach(a -> byTarget.computeIfAbsent(a.target, k -> new ArrayList<>()).add(a));
        List<Result> results = new ArrayList<>();
        byTarget.forEach((target, all) -> {
            Map<String, BigDecimal> means = new LinkedHashMap<>();
            criteria.forEach(c -> means.put(c, mean(all.stream().mapToInt(a -> a.scores.getOrDefault(c, 0)).sum(), all.size())));
            int total = all.stream().mapToInt(a -> criteria.stream().mapToInt(c -> a.scores.getOrDefault(c, 0)).sum()).sum();
            results.add(new Result(target, all.get(0).targetKind, all.size(), means, mean(total, all.size() * criteria.size()),
                    all.stream().map(a -> a.comment).filter(c -> c != null && !c.isBlank()).toList()));
        });
        results.sort((a, b) -> b.overall().compareTo(a.overall()));
        return new Results(quarter.toString(), criteria, results);
    }

    private static BigDecimal mean(long sum, long count) {
        return count == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
