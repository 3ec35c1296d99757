package org.onetrip.oversight.assessments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * 人大代表评议: during a quarter each deputy scores each department and town on the configured criteria,
 * once; when the quarter closes the aggregated results are published for everyone.
 */
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deputies' assessments", description = "Quarterly scores by people's-congress deputies, published when the quarter closes")
public class AssessmentResource {

    public record NewAssessment(@NotBlank @Pattern(regexp = Quarter.PATTERN) String quarter,
                                @NotNull Assessment.TargetKind targetKind, @NotBlank @Size(max = 30) String target,
                                @NotNull @Size(min = 1, max = 20) Map<@NotBlank String, @NotNull @Min(0) @Max(100) Integer> scores,
                                @Size(max = 2000) String comment) {
    }

    /** One target's results: how many deputies scored it, the mean per criterion and overall. */
    public record Result(String target, Assessment.TargetKind targetKind, long deputies, Map<String, BigDecimal> criteria,
                         BigDecimal overall, List<String> comments) {
    }

    public record Results(String quarter, List<String> criteria, List<Result> results) {
    }

    private final List<String> criteria;
    private final Scope scope;
    private final JsonWebToken token;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    AssessmentResource(@ConfigProperty(name = "onetrip.oversight.assessment-criteria") List<String> criteria, Scope scope,
                       JsonWebToken token, WorkingDayCalendar calendar, Clock clock) {
        this.criteria = List.copyOf(criteria);
        this.scope = scope;
        this.token = token;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GET
    @Path("/criteria")
    @PermitAll
    @Operation(summary = "The criteria", description = "What deputies score, each 0 to 100.")
    public List<String> criteria() {
        return criteria;
    }

    @POST
    @RolesAllowed(Roles.DEPUTY)
    @Transactional
    @Operation(summary = "Score a department or town", description = "During the quarter, once per deputy and target (409 the second time); every criterion, 0 to 100.")
    public Response score(@Valid @NotNull NewAssessment body) {
        // A department's code and a town's code begin with the jurisdiction's: a deputy scores only its own.
        scope.requireCovering(body.target().split("-", 2)[0]);
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
        if (Assessment.count("quarter = ?1 and deputy = ?2 and target = ?3", quarter.toString(), scope.subject(), body.target()) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "assessment.already-scored", body.target(), quarter);
        }
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.quarter = quarter.toString();
        a.deputy = scope.subject();
        a.targetKind = body.targetKind();
        a.target = body.target();
        a.scores = Map.copyOf(body.scores());
        a.comment = body.comment();
        a.scoredAt = OffsetDateTime.now(clock);
        a.persist();
        return Response.status(Response.Status.CREATED).entity(Map.of("id", a.id, "quarter", a.quarter, "target", a.target)).build();
    }

    @GET
    @Path("/{quarter}/results")
    @PermitAll
    @Transactional
    @Operation(summary = "A quarter's results", description = "Public once the quarter has closed; supervisors may see them before. No deputy is named.")
    public Results results(@PathParam("quarter") @Pattern(regexp = Quarter.PATTERN) String text) {
        Quarter quarter = Quarter.parse(text);
        boolean supervisor = token != null && token.getGroups() != null && token.getGroups().contains(Roles.SUPERVISOR);
        if (!quarter.closedOn(calendar.today()) && !supervisor) {
            throw new ProblemException(ProblemKind.CONFLICT, "assessment.not-published", quarter);
        }
        Map<String, List<Assessment>> byTarget = new TreeMap<>();
        Assessment.<Assessment>list("quarter", quarter.toString()).stream()
                .filter(a -> quarter.closedOn(calendar.today()) || scope.covers(a.target.split("-", 2)[0]))
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
