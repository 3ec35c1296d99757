package org.onetrip.proxyagent.agents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.proxyagent.agents.AgentViews.AgentView;
import org.onetrip.proxyagent.requests.Assignment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agent network as town clerks keep it: agents added and changed within the clerk's jurisdiction. */
@ApplicationScoped
public class AgentService {
    private final Assignment assignment;

    AgentService(Assignment assignment) {
        this.assignment = assignment;
    }

    /** To a village, the town, or (district clerks) the district; a login is one agent's only. */
    @Transactional
    public AgentView create(AgentResource.AgentData data, Caller caller) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(agent, data, caller);
        if (Agent.count("subject", data.subject()) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "agent.subject-taken", data.subject());
        }
        agent.persist();
        return AgentView.of(agent, Map.of());
    }

    /** Including active and capacity; an agent outside the clerk's jurisdiction is not found. */
    @Transactional
    public AgentView update(UUID id, AgentResource.AgentData data, Caller caller) {
        Agent agent = Agent.<Agent>findByIdOptional(id).filter(a -> caller.covers(a.jurisdiction))
                .orElseThrow(() -> ProblemException.notFound("entity.agent", id));
        if (Agent.count("subject = ?1 and id <> ?2", data.subject(), id) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT, "agent.subject-taken", data.subject());
        }
        apply(agent, data, caller);
        return AgentView.of(agent, assignment.openRequests(List.of(agent.id)));
    }

    /**
     * A 联村干部 names the villages of its jurisdiction it is linked to, a 联厂干部 the enterprises; only they have such
     * links (422 naming what is wrong).
     */
    private static void requireLinks(Agent agent) {
        List<ProblemException.FieldViolation> problems = new java.util.ArrayList<>();
        boolean villageLiaison = agent.roles.contains(Agent.Role.VILLAGE_LIAISON_CADRE);
        boolean factoryLiaison = agent.roles.contains(Agent.Role.FACTORY_LIAISON_CADRE);
        if (villageLiaison == agent.villages.isEmpty()) {
            problems.add(new ProblemException.FieldViolation("villages", villageLiaison ? "agent.liaison-needs-villages"
                    : "agent.villages-for-liaison"));
        }
        for (int i = 0; i < agent.villages.size(); i++) {
            if (!Jurisdictions.covers(agent.jurisdiction, agent.villages.get(i))) {
                problems.add(new ProblemException.FieldViolation("villages[" + i + "]", "agent.village-outside", agent.jurisdiction));
            }
        }
        if (factoryLiaison && agent.enterprises.isEmpty()) {
            problems.add(new ProblemException.FieldViolation("enterprises", "agent.liaison-needs-enterprises"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemKind.UNPROCESSABLE, problems, "validation", problems.size());
        }
    }

    private static void apply(Agent agent, AgentResource.AgentData d, Caller caller) {
        caller.requireCovering(d.jurisdiction());
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
        agent.villages = d.villages() == null ? List.of() : List.copyOf(d.villages());
        if (agent.villages.isEmpty() && agent.level == Agent.Level.VILLAGE
                && agent.roles.contains(Agent.Role.VILLAGE_LIAISON_CADRE)) {
            agent.villages = List.of(agent.jurisdiction); // a village's own liaison cadre is linked to that village
        }
        requireLinks(agent);
        agent.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
