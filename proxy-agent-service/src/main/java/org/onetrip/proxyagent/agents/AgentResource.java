package org.onetrip.proxyagent.agents;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.OpenApiContract;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;
import org.onetrip.proxyagent.agents.AgentViews.AgentView;
import org.onetrip.proxyagent.agents.AgentViews.PublicProfile;
import org.onetrip.proxyagent.agents.AgentViews.VillageItem;

import java.util.List;
import java.util.UUID;

/**
 * The agent network: town clerks keep it; everyone may read the agents' public profiles (亮身份、亮职责、
 * 亮清单、亮承诺) and which items a village's agents handle.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agents", description = "The district/town/village agent network and its public profiles")
public class AgentResource {

    public record AgentData(@NotBlank @Size(max = 100) String subject, @NotBlank @Size(max = 50) String name,
                            @NotNull Agent.Level level,
                            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}") String jurisdiction,
                            @NotNull @Size(max = 5) List<Agent.@NotNull Role> roles, boolean partyMember,
                            @Pattern(regexp = "1\\d{10}|0\\d{2,3}-?\\d{7,8}") String phone, boolean active,
                            @Min(1) @Max(200) int capacity, @Size(max = 100) List<@NotBlank String> items,
                            @Size(max = 1000) String duties, @Size(max = 1000) String pledge,
                            @Size(max = 50) List<@NotBlank String> enterprises,
                            @Size(max = 50) List<@NotBlank @Pattern(regexp = "\\d{12}") String> villages) {
    }

    private final AgentService agents;
    private final AgentQueries queries;
    private final Scope scope;

    AgentResource(AgentService agents, AgentQueries queries, Scope scope) {
        this.agents = agents;
        this.queries = queries;
        this.scope = scope;
    }

    @POST
    @Path("/agents")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Add an agent", description = "To a village, the town, or (district clerks) the district.")
    @Extension(name = OpenApiContract.CREATED, value = OpenApiContract.AT_LOCATION)
    @APIResponseSchema(AgentView.class)
    public Response create(@Valid @NotNull AgentData data, UriInfo uri) {
        AgentView agent = agents.create(data, scope.caller());
        return Response.created(uri.getAbsolutePathBuilder().path(agent.id().toString()).build()).entity(agent).build();
    }

    @PUT
    @Path("/agents/{id}")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "Change an agent", description = "Including active and capacity.")
    public AgentView update(@PathParam("id") UUID id, @Valid @NotNull AgentData data) {
        return agents.update(id, data, scope.caller());
    }

    @GET
    @Path("/agents")
    @RolesAllowed(Roles.CLERK)
    @Operation(summary = "List agents", description = "Of the clerk's jurisdiction, with their open requests.")
    public Page<AgentView> list(@QueryParam("jurisdiction") String jurisdiction, @BeanParam @Valid PageRequest page) {
        return queries.list(jurisdiction, page, scope.caller());
    }

    @GET
    @Path("/agents/profiles")
    @PermitAll
    @Operation(summary = "Public profiles (四亮)", description = "Active agents of a jurisdiction and below: identity, duties, items and pledge; no phone.")
    public Page<PublicProfile> profiles(@QueryParam("jurisdiction") @NotBlank String jurisdiction,
                                        @BeanParam @Valid PageRequest page) {
        return queries.profiles(jurisdiction, page);
    }

    @GET
    @Path("/villages/{village}/items")
    @PermitAll
    @Operation(summary = "What the village's agents handle", description = "Proxy-eligible items of the village's town and district.")
    public Page<VillageItem> villageItems(@PathParam("village") @Pattern(regexp = "\\d{12}") String village,
                                          @BeanParam @Valid PageRequest page) {
        return queries.villageItems(village, page);
    }
}
