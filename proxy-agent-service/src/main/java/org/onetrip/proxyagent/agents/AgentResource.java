package org.onetrip.proxyagent.agents;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.security.Roles;
import org.onetrip.platform.security.Scope;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;
import org.onetrip.proxyagent.replica.ProxyItem;
import org.onetrip.proxyagent.requests.Assignment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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
                            @Size(max = 50) List<@NotBlank String> enterprises) {
    }

    /** What a clerk sees: everything, and the open requests. */
    public record AgentView(UUID id, String subject, String name, Agent.Level level, String jurisdiction,
                            List<Agent.Role> roles, boolean partyMember, String phone, boolean active, int capacity,
                            long openRequests, List<String> items, String duties, String pledge, List<String> enterprises) {
    }

    /** What everyone sees: who, what for, which items, the pledge. No phone. */
    public record PublicProfile(UUID id, String name, Agent.Level level, String jurisdiction, List<Agent.Role> roles,
                                boolean partyMember, String duties, List<String> items, String pledge) {
    }

    public record VillageItem(String code, String name, String place) {
    }

    private final Scope scope;
    private final Assignment assignment;

    AgentResource(Scope scope, Assignment assignment) {
        this.scope = scope;
        this.assignment = assignment;
    }

    @POST
    @Path("/agents")
    @RolesAllowed(Roles.CLERK)
    @Transactional
    @Operation(summary = "Add an agent", description = "To a village, the town, or (district clerks) the district.")
    public Response create(@Valid @NotNull AgentData data, UriInfo uri) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(agent, data);
        if (Agent.count("subject", data.subject()) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "agent.subject-taken", data.subject());
        }
        agent.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(agent.id.toString()).build()).entity(view(agent)).build();
    }

    @PUT
    @Path("/agents/{id}")
    @RolesAllowed(Roles.CLERK)
    @Transactional
    @Operation(summary = "Change an agent", description = "Including active and capacity.")
    public AgentView update(@PathParam("id") UUID id, @Valid @NotNull AgentData data) {
        Agent agent = mine(Agent.<Agent>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("entity.agent", id)));
        apply(agent, data);
        return view(agent);
    }

    @GET
    @Path("/agents")
    @RolesAllowed(Roles.CLERK)
    @Transactional
    @Operation(summary = "List agents", description = "Of the clerk's jurisdiction, with their open requests.")
    public Page<AgentView> list(@QueryParam("jurisdiction") String jurisdiction, @BeanParam @Valid PageRequest page) {
        String area = jurisdiction != null ? Jurisdictions.requireValid("jurisdiction", jurisdiction) : scope.requireJurisdiction();
        scope.requireCovering(area);
        var query = Agent.<Agent>find("jurisdiction like ?1 order by jurisdiction, name", Jurisdictions.likePattern(area));
        List<Agent> agents = query.page(page.page, page.size).list();
        Map<UUID, Long> open = assignment.openRequests(agents.stream().map(a -> a.id).toList());
        return new Page<>(agents, page.page, page.size, query.count()).map(a -> view(a, open));
    }

    @GET
    @Path("/agents/profiles")
    @PermitAll
    @Transactional
    @Operation(summary = "Public profiles (四亮)", description = "Active agents of a jurisdiction and below: identity, duties, items and pledge; no phone.")
    public Page<PublicProfile> profiles(@QueryParam("jurisdiction") @NotBlank String jurisdiction,
                                        @BeanParam @Valid PageRequest page) {
        var query = Agent.<Agent>find("jurisdiction like ?1 and active = true order by jurisdiction, name",
                Jurisdictions.likePattern(Jurisdictions.requireValid("jurisdiction", jurisdiction)));
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count())
                .map(a -> new PublicProfile(a.id, a.name, a.level, a.jurisdiction, a.roles, a.partyMember, a.duties,
                        a.items.isEmpty() ? List.of("全部可代办事项") : a.items.stream().map(AgentResource::itemName).toList(),
                        a.pledge));
    }

    @GET
    @Path("/villages/{village}/items")
    @PermitAll
    @Transactional
    @Operation(summary = "What the village's agents handle", description = "Proxy-eligible items of the village's town and district.")
    public Page<VillageItem> villageItems(@PathParam("village") @Pattern(regexp = "\\d{12}") String village,
                                          @BeanParam @Valid PageRequest page) {
        var query = ProxyItem.<ProxyItem>find("proxyEligible = true and withdrawn = false and jurisdiction in ?1 order by code",
                List.of(village.substring(0, 6), village.substring(0, 9)));
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count())
                .map(i -> new VillageItem(i.code, i.name, i.place));
    }

    private Agent mine(Agent agent) {
        if (!scope.covers(agent.jurisdiction)) {
            throw ProblemException.notFound("entity.agent", agent.id);
        }
        return agent;
    }

    private void apply(Agent agent, AgentData d) {
        scope.requireCovering(d.jurisdiction());
        int expected = switch (d.level()) {
            case DISTRICT -> 6;
            case TOWN -> 9;
            case VILLAGE -> 12;
        };
        if (d.jurisdiction().length() != expected) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("jurisdiction", "agent.level-jurisdiction", expected)));
        }
        agent.subject = d.subject();
        agent.name = d.name();
        agent.level = d.level();
        agent.jurisdiction = d.jurisdiction();
        agent.roles = List.copyOf(d.roles());
        agent.partyMember = d.partyMember();
        agent.phone = d.phone();
        agent.active = d.active();
        agent.capacity = d.capacity();
        agent.items = d.items() == null ? List.of() : List.copyOf(d.items());
        agent.duties = d.duties();
        agent.pledge = d.pledge();
        agent.enterprises = d.enterprises() == null ? List.of() : List.copyOf(d.enterprises());
        agent.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private AgentView view(Agent a) {
        return view(a, assignment.openRequests(List.of(a.id)));
    }

    private static AgentView view(Agent a, Map<UUID, Long> open) {
        return new AgentView(a.id, a.subject, a.name, a.level, a.jurisdiction, a.roles, a.partyMember, a.phone, a.active,
                a.capacity, open.getOrDefault(a.id, 0L), a.items, a.duties, a.pledge, a.enterprises);
    }

    private static String itemName(String code) {
        return ProxyItem.<ProxyItem>findByIdOptional(code).map(i -> i.name).orElse(code);
    }
}
