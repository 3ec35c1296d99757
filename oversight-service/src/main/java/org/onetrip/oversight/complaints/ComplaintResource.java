package org.onetrip.oversight.complaints;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.IdempotentRequests;
import org.onetrip.platform.web.PageRequest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Complaints: registered and assigned by supervisors, answered by the department, closed with the outcome. */
@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "投诉举报 from the hotline, media, petitions and deputies")
public class ComplaintResource {

    public record NewComplaint(@NotNull Complaint.Source source, @NotBlank @Size(max = 2000) String content,
                               @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String jurisdiction,
                               @Size(max = 40) String caseNumber, UUID agentId, @Size(max = 30) String department) {
    }

    public record Text(@NotBlank @Size(max = 2000) String text) {
    }

    private final Scope scope;
    private final JsonWebToken token;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int replyDays;
    private final IdempotentRequests idempotent;

    ComplaintResource(Scope scope, JsonWebToken token, WorkingDayCalendar calendar, Clock clock,
                      @ConfigProperty(name = "onetrip.oversight.complaint-reply-working-days") int replyDays,
                      IdempotentRequests idempotent) {
        this.idempotent = idempotent;
        this.scope = scope;
        this.token = token;
        this.calendar = calendar;
        this.clock = clock;
        this.replyDays = replyDays;
    }

    @POST
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    @Operation(summary = "Register a complaint", description = "Linked to a case, agent or department where known; the department must reply within the configured working days.")
    public Response register(@Valid @NotNull NewComplaint body, @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Retries with the same key and body give the first answer again (24 h)") String idempotencyKey) {
        scope.requireCovering(body.jurisdiction());
        return idempotent.once(idempotencyKey, scope.principal(), "register-complaint", body, () -> {
            Complaint c = new Complaint();
            c.id = UUID.randomUUID();
            c.source = body.source();
            c.content = body.content();
            c.jurisdiction = body.jurisdiction();
            c.caseNumber = body.caseNumber();
            c.agentId = body.agentId();
            c.department = body.department();
            c.status = Complaint.Status.REGISTERED;
            c.receivedOn = calendar.today();
            c.replyDue = calendar.days().plus(c.receivedOn, replyDays);
            c.registeredBy = scope.subject();
            c.persist();
            return Response.status(Response.Status.CREATED).entity(c).build();
        });
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.OFFICER})
    @Transactional
    @Operation(summary = "List complaints", description = "An officer's department's, or a supervisor's jurisdiction's; filter by status.")
    public Page<Complaint> list(@QueryParam("status") Complaint.Status status, @BeanParam @Valid PageRequest page) {
        boolean supervisor = token.getGroups().contains(Roles.SUPERVISOR);
        String department = supervisor ? null : scope.requireDepartment();
        String within = supervisor ? Jurisdictions.likePattern(scope.requireJurisdiction()) : null;
        var query = Complaint.<Complaint>find("(?1 is null or department = ?1) and (?2 is null or status = ?2)"
                        + " and (?3 is null or jurisdiction like ?3) order by receivedOn desc", department, status, within);
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count());
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed(Roles.OFFICER)
    @Transactional
    @Operation(summary = "The department's reply")
    public Complaint reply(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).filter(found -> scope.requireDepartment().equals(found.department))
                .orElseThrow(() -> ProblemException.notFound("entity.complaint", id));
        c.moveTo(Complaint.Status.REPLIED);
        c.reply = body.text();
        c.repliedAt = OffsetDateTime.now(clock);
        return c;
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.SUPERVISOR)
    @Transactional
    @Operation(summary = "Close with the outcome")
    public Complaint close(@PathParam("id") UUID id, @Valid @NotNull Text body) {
        Complaint c = Complaint.<Complaint>findByIdOptional(id).filter(found -> scope.covers(found.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.complaint", id));
        c.moveTo(Complaint.Status.CLOSED);
        c.outcome = body.text();
        c.closedAt = OffsetDateTime.now(clock);
        return c;
    }
}
