package org.onetrip.platform.notifications;

import jakarta.annotation.security.RolesAllowed;
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
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/**
 * The record of messages sent to residents (addresses masked), for the clerks and supervisors of the jurisdiction;
 * and the wording of each kind of message, which a catalogue administrator edits per item category.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {

    /** A kind of message's wording: text with {field} placeholders over the fields each kind documents. */
    public record TemplateBody(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 2000) String body) {
    }

    private final NotificationTemplates templates;
    private final NotificationTemplateService wordings;
    private final NotificationQueries notifications;
    private final Scope scope;

    NotificationResource(NotificationTemplates templates, NotificationTemplateService wordings, NotificationQueries notifications,
                         Scope scope) {
        this.templates = templates;
        this.wordings = wordings;
        this.notifications = notifications;
        this.scope = scope;
    }

    @GET
    @Path("/notifications")
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Messages sent to residents", description = "Newest first, within the caller's jurisdiction; "
            + "optionally of one case or appointment (reference). Addresses are masked; sealed ones are never shown.")
    public Page<NotificationView> list(@QueryParam("reference") String reference, @BeanParam @Valid PageRequest page) {
        return notifications.list(reference, page, scope.caller());
    }

    @GET
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed({Roles.CATALOGUE_ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "A message's wording in force", description = "What a resident of the jurisdiction (default: the "
            + "caller's) receives: the nearest jurisdiction's wording for the category, else for every category (*), else the standard one.")
    public TemplateBody wording(@PathParam("category") String category, @PathParam("kind") String kind,
                                @QueryParam("jurisdiction") String jurisdiction) {
        String where = jurisdiction == null ? scope.caller().requireJurisdiction() : Jurisdictions.requireValid("jurisdiction", jurisdiction);
        scope.caller().requireCovering(where);
        return templates.wording(where, category, kind).map(w -> new TemplateBody(w.subject(), w.body()))
                .orElseThrow(() -> ProblemException.notFound("entity.notification-template", kind));
    }

    @PUT
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Word a message", description = "For a jurisdiction (default: the caller's; a province, city, "
            + "district or town it covers) and an item category (XK, QR, ...) or every category (*); its messages and those of "
            + "the jurisdictions below it without their own use it from then on. A wording is text with {field} placeholders "
            + "naming the kind's fields only (docs/notifications.md); anything else in braces is refused, naming it.")
    public TemplateBody reword(@PathParam("category") String category, @PathParam("kind") String kind,
                               @QueryParam("jurisdiction") String jurisdiction, @Valid @NotNull TemplateBody body) {
        wordings.reword(scope.caller(), jurisdictionOrCallers(jurisdiction), category, kind, body.subject(), body.body());
        return body;
    }

    @DELETE
    @Path("/notification-templates/{category}/{kind}")
    @RolesAllowed(Roles.CATALOGUE_ADMIN)
    @Operation(summary = "Back to the inherited wording", description = "The jurisdiction's own wording of the category is "
            + "removed; its parent's, or the standard one, is in force again.")
    public void restore(@PathParam("category") String category, @PathParam("kind") String kind,
                        @QueryParam("jurisdiction") String jurisdiction) {
        wordings.restore(scope.caller(), jurisdictionOrCallers(jurisdiction), category, kind);
    }

    private String jurisdictionOrCallers(String jurisdiction) {
        return jurisdiction == null ? scope.caller().requireJurisdiction() : jurisdiction;
    }
}
