package org.onetrip.catalogue.items;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;

/** The catalogue administrators' side: drafting, publishing, withdrawing, and the history of each item. */
@Path("/api/v1/items")
@RolesAllowed(Roles.CATALOGUE_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "items (admin)", description = "Draft, publish and withdraw items; their versions and what changed")
public class ItemAdminResource {

    public record CreateItem(@NotBlank @Pattern(regexp = ItemCode.PATTERN) String code,
                             @NotNull @Valid ItemGuide guide) {
    }

    public record Withdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    private final ItemService items;
    private final ItemQueries queries;
    private final Scope scope;
    private final ObjectMapper json;

    ItemAdminResource(ItemService items, ItemQueries queries, Scope scope, ObjectMapper json) {
        this.items = items;
        this.queries = queries;
        this.scope = scope;
        this.json = json;
    }

    @POST
    @Operation(summary = "Create an item", description = "Creates the item as its first draft (version 1). 409 if the code exists.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.AT_LOCATION)
    @APIResponseSchema(ItemViews.Version.class)
    public Response create(@Valid @NotNull CreateItem request, UriInfo uri) {
        ItemVersion created = items.create(request.code(), request.guide(), scope.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code).build())
                .entity(ItemViews.Version.of(created)).build();
    }

    @GET
    @Operation(summary = "List items", description = "The latest version of each item, whatever its status, filterable.")
    public Page<ItemViews.Summary> list(@QueryParam("status") ItemStatus status,
                                        @QueryParam("jurisdiction") String jurisdiction,
                                        @QueryParam("q") @Size(max = 50) String keyword,
                                        @BeanParam @Valid PageRequest page) {
        Jurisdictions.requireValid("jurisdiction", jurisdiction);
        String area = scope.caller().requireJurisdiction();
        if (jurisdiction != null) {
            scope.caller().requireCovering(jurisdiction);
        }
        return queries.latest(status, area, jurisdiction, keyword, page).map(ItemViews.Summary::of);
    }

    @GET
    @Path("/{code}/versions")
    @Operation(summary = "History", description = "Every version of the item, oldest first.")
    public Page<ItemViews.Version> history(@PathParam("code") String code, @BeanParam @Valid PageRequest page) {
        return Page.of(queries.history(code, scope.caller()), page).map(ItemViews.Version::of);
    }

    @GET
    @Path("/{code}/versions/{version}")
    @Operation(summary = "One version")
    public ItemViews.Version version(@PathParam("code") String code, @PathParam("version") int version) {
        return ItemViews.Version.of(queries.version(code, version, scope.caller()));
    }

    @GET
    @Path("/{code}/diff")
    @Operation(summary = "What changed", description = "Field by field, from one version to another.")
    public ItemDiff.Result diff(@PathParam("code") String code,
                                @QueryParam("from") @NotNull @Min(1) Integer from,
                                @QueryParam("to") @NotNull @Min(1) Integer to) {
        return new ItemDiff.Result(code, from, to, ItemDiff.between(queries.version(code, from, scope.caller()).guide,
                queries.version(code, to, scope.caller()).guide, json));
    }

    @PUT
    @Path("/{code}/versions/{version}")
    @Operation(summary = "Edit a version", description = "Only the open draft can be edited; a published, superseded or withdrawn version answers 409.")
    public ItemViews.Version editVersion(@PathParam("code") String code, @PathParam("version") int version,
                                         @Valid @NotNull ItemGuide guide) {
        return ItemViews.Version.of(items.editVersion(code, version, guide, scope.caller()));
    }

    @PUT
    @Path("/{code}/draft")
    @Operation(summary = "Save the draft", description = "Edits the open draft, or drafts a new version from the latest. A published version never changes.")
    public ItemViews.Version saveDraft(@PathParam("code") String code, @Valid @NotNull ItemGuide guide) {
        return ItemViews.Version.of(items.saveDraft(code, guide, scope.caller()));
    }

    @POST
    @Path("/{code}/publication")
    @Operation(summary = "Publish the draft", description = "Supersedes the published version and announces the item on catalogue.items. 422 lists everything missing.")
    public ItemViews.Version publish(@PathParam("code") String code) {
        return ItemViews.Version.of(items.publish(code, scope.caller()));
    }

    @POST
    @Path("/{code}/withdrawal")
    @Operation(summary = "Withdraw", description = "Ends publication; cases already accepted are not affected.")
    public ItemViews.Version withdraw(@PathParam("code") String code, @Valid @NotNull Withdrawal withdrawal) {
        return ItemViews.Version.of(items.withdraw(code, withdrawal.reason(), scope.caller()));
    }

}
