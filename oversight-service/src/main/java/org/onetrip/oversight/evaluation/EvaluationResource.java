package org.onetrip.oversight.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.oversight.board.Figures;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 党员评议: what a cadre (a proxy agent, a department, or one of its officers) did for the reform in a period,
 * from the events, and the incidents recorded against them; exempt incidents (容错免责) are listed but
 * not counted.
 */
@Path("/api/v1")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cadre evaluation", description = "Handled work, on-time rates, reviews, complaints and incidents per agent or department")
public class EvaluationResource {

    public record NewIncident(@NotNull Incident.CadreKind cadreKind, @NotBlank @Size(max = 60) String cadre,
                              @NotNull Incident.Kind kind, @NotBlank @Size(max = 2000) String description,
                              @NotNull @PastOrPresent LocalDate occurredOn, boolean exempt, @Size(max = 1000) String exemptReason) {
    }

    public record Exemption(@NotBlank @Size(max = 1000) String reason) {
    }

    /** The cadre's record for the period. {@code handled}: cases completed or proxy requests assigned. */
    public record Evaluation(Incident.CadreKind cadreKind, String cadre, LocalDate from, LocalDate to, long handled,
                             long onTime, BigDecimal onTimePercent, long delivered, long reviews, long badReviews,
                             long complaints, long visitNotes, long incidents, List<Incident> exemptIncidents) {
    }

    private final EntityManager entityManager;
    private final WorkingDayCalendar calendar;
    private final Scope scope;
    private final Clock clock;

    EvaluationResource(EntityManager entityManager, WorkingDayCalendar calendar, Scope scope, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.scope = scope;
        this.clock = clock;
    }

    @POST
    @Path("/incidents")
    @Transactional
    @Operation(summary = "Record an incident", description = "Exempt (容错免责) with the reason when a proactive cadre made a good-faith mistake.")
    public Response record(@Valid @NotNull NewIncident body) {
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
        i.recordedBy = scope.subject();
        i.jurisdiction = scope.requireJurisdiction();
        i.recordedAt = OffsetDateTime.now(clock);
        i.persist();
        return Response.status(Response.Status.CREATED).entity(i).build();
    }

    @POST
    @Path("/incidents/{id}/exemption")
    @Transactional
    @Operation(summary = "Exempt an incident (容错免责)")
    public Incident exempt(@PathParam("id") UUID id, @Valid @NotNull Exemption body) {
        Incident i = Incident.<Incident>findByIdOptional(id).filter(found -> scope.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.incident", id));
        i.exempt = true;
        i.exemptReason = body.reason();
        return i;
    }

    @GET
    @Path("/evaluations/{cadreKind}/{cadre}")
    @Transactional
    @Operation(summary = "Evaluate a cadre", description = "AGENT by agent id (with visit notes), DEPARTMENT by code, OFFICER by login (cases they worked in the inbox); the current year by default. Only the work within the supervisor's jurisdiction counts.")
    public Evaluation evaluate(@PathParam("cadreKind") Incident.CadreKind kind, @PathParam("cadre") String cadre,
                               @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        if (kind == Incident.CadreKind.DEPARTMENT) {
            // A department's code begins with its jurisdiction's: only its supervisors evaluate it.
            scope.requireCovering(cadre.split("-", 2)[0]);
        }
        LocalDate end = to != null ? to : calendar.today();
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        Object[] work = switch (kind) {
            case AGENT -> single("""
                        select count(*),
                               count(*) filter (where contacted_at is not null and (contacted_at at time zone 'Asia/Shanghai')::date <= first_contact_due),
                               count(*) filter (where delivered_at is not null), 0, 0,
                               (select count(*) from complaint where cast(agent_id as text) = :cadre and jurisdiction like :within and received_on between :from and :to),
                               (select count(*) from watched_visit where cast(agent_id as text) = :cadre and village like :within and visited_on between :from and :to)
                        from watched_request where cast(agent_id as text) = :cadre and village like :within
                          and (requested_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
            case OFFICER -> single("""
                        select count(*),
                               count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where status = 'DELIVERED'),
                               (select count(*) from review where case_number in (select case_number from officer_action where officer = :cadre)
                                    and not excluded and jurisdiction like :within and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from review where case_number in (select case_number from officer_action where officer = :cadre)
                                    and not excluded and jurisdiction like :within and rating in ('DISSATISFIED', 'VERY_DISSATISFIED')
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from complaint where case_number in (select case_number from officer_action where officer = :cadre)
                                    and jurisdiction like :within and received_on between :from and :to),
                               0
                        from watched_case where number in (select case_number from officer_action where officer = :cadre) and jurisdiction like :within
                          and (completed_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
            case DEPARTMENT -> single("""
                        select count(*),
                               count(*) filter (where (completed_at at time zone 'Asia/Shanghai')::date <= due_date),
                               count(*) filter (where status = 'DELIVERED'),
                               (select count(*) from review where :cadre = any(departments) and not excluded and jurisdiction like :within
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from review where :cadre = any(departments) and not excluded and jurisdiction like :within
                                    and rating in ('DISSATISFIED', 'VERY_DISSATISFIED')
                                    and (reviewed_at at time zone 'Asia/Shanghai')::date between :from and :to),
                               (select count(*) from complaint where department = :cadre and jurisdiction like :within and received_on between :from and :to),
                               0
                        from watched_case where :cadre = any(departments) and jurisdiction like :within
                          and (completed_at at time zone 'Asia/Shanghai')::date between :from and :to""", cadre, start, end);
        };
        List<Incident> incidents = Incident.list("cadreKind = ?1 and cadre = ?2 and occurredOn between ?3 and ?4"
                + " and jurisdiction like ?5 order by occurredOn", kind, cadre, start, end, Jurisdictions.likePattern(scope.requireJurisdiction()));
        long handled = n(work[0]);
        return new Evaluation(kind, cadre, start, end, handled, n(work[1]), Figures.percent(n(work[1]), handled, 1), n(work[2]),
                n(work[3]), n(work[4]), n(work[5]), n(work[6]), incidents.stream().filter(i -> !i.exempt).count(),
                incidents.stream().filter(i -> i.exempt).toList());
    }

    private Object[] single(String sql, String cadre, LocalDate from, LocalDate to) {
        return (Object[]) entityManager.createNativeQuery(sql).setParameter("cadre", cadre).setParameter("from", from)
                .setParameter("to", to).setParameter("within", Jurisdictions.likePattern(scope.requireJurisdiction()))
                .getSingleResult();
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
