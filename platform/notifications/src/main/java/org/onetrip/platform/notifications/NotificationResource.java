package org.onetrip.platform.notifications;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The record of messages sent to residents (addresses masked), for the clerks and supervisors of the jurisdiction;
 * and the wording of each kind of message, which a catalogue administrator edits per item category.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {

    /** A message as recorded: to whom (masked), what, when, and the provider's answer. */
    public record NotificationView(UUID id, String kind, Channel channel, String reference, String recipient, String subject,
                                   String body, Notification.Status status, int attempts, OffsetDateTime nextAttemptAt,
                                   String providerAnswer, OffsetDateTime createdAt, OffsetDateTime sentAt) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.channel, n.reference, n.recipientMasked, n.subject, n.body, n.status,
                    n.attempts, n.nextAttemptAt, n.providerAnswer, n.createdAt, n.sentAt);
        }
    }

    /** A kind of message's wording: Qute templates over the data each kind documents. */
    public record TemplateBody(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String body) {
    }

    private final NotificationTemplates templates;
    private final Scope scope;

    NotificationResource(NotificationTemplates templates, Scope scope) {
        this.templates = templates;
        this.scope = scope;
    }

    @GET
    @Path("/notifications")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Messages sent to residents", description = "Newest first, within the caller's jurisdiction; "
            + "optionally of one case or appointment (reference). Addresses are masked; sealed ones are never shown.")
    @Transactional
    public Page<NotificationView> list(@QueryParam("reference") String reference, @BeanParam @Valid PageRequest page) {
        String within = Jurisdictions.likePattern(scope.caller().requireJurisdiction());
        var query = reference == null
                ? Notification.find("jurisdiction like ?1", Sort.descending("createdAt").and("id"), within)
                : Notification.find("jurisdiction like ?1 and reference = ?2", Sort.descending("createdAt").and("id"), within, reference);
        return Page.of(query.<Notification>page(page.page, page.size), page).map(NotificationView::of);
    }

    @GET
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "A message's wording in force", description = "The category's own, else every category's (*), else the standard one.")
    @Transactional
    public TemplateBody wording(@PathParam("category") String category, @PathParam("kind") String kind) {
        return templates.wording(category, kind).map(w -> new TemplateBody(w.subject(), w.body()))
                .orElseThrow(() -> ProblemException.notFound("entity.notification-template", kind));
    }

    @PUT
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Word a message", description = "For an item category (XK, QR, ...) or every category (*); "
            + "messages recorded from then on use it. A template Qute cannot read is refused, naming subject or body.")
    @Transactional
    public TemplateBody reword(@PathParam("category") String category, @PathParam("kind") String kind,
                               @Valid @NotNull TemplateBody body) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!category.matches("\\*|[A-Z]{2}")) {
            violations.add(new FieldViolation("category", "notification.category"));
        }
        if (templates.standard(kind).isEmpty()) {
            violations.add(new FieldViolation("kind", "notification.kind", kind));
        }
        String subjectProblem = templates.problemOf(body.subject());
        if (subjectProblem != null) {
            violations.add(new FieldViolation("subject", "notification.template", subjectProblem));
        }
        String bodyProblem = templates.problemOf(body.body());
        if (bodyProblem != null) {
            violations.add(new FieldViolation("body", "notification.template", bodyProblem));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        NotificationTemplate t = NotificationTemplate.of(category, kind).orElseGet(() -> {
            NotificationTemplate created = new NotificationTemplate();
            created.category = category;
            created.kind = kind;
            return created;
        });
        t.subject = body.subject();
        t.body = body.body();
        t.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.updatedBy = scope.caller().subject();
        t.persist();
        return body;
    }

    @DELETE
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Back to the standard wording", description = "The category's own wording is removed.")
    @Transactional
    public void restore(@PathParam("category") String category, @PathParam("kind") String kind) {
        NotificationTemplate.of(category, kind).ifPresent(NotificationTemplate::delete);
    }
}
