package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.onetrip.proxyagent.agents.Agent;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Chooses the agent for a request: an active agent of the resident's village who handles the item and
 * has room, the one with the fewest open requests (ties by name, then id, so the choice is the same
 * every time); when the village has none free, a town-level agent of the town the same way.
 */
@ApplicationScoped
public class Assignment {
    private final EntityManager entityManager;

    Assignment(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Agent> choose(String village, String town, String itemCode) {
        return leastLoaded(village, itemCode).or(() -> leastLoaded(town, itemCode));
    }

    private Optional<Agent> leastLoaded(String jurisdiction, String itemCode) {
        List<Agent> candidates = Agent.<Agent>list("jurisdiction = ?1 and active = true", jurisdiction).stream()
                .filter(a -> a.handles(itemCode)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, Long> open = openRequests(candidates.stream().map(a -> a.id).toList());
        return candidates.stream()
                .filter(a -> open.getOrDefault(a.id, 0L) < a.capacity)
                .min(Comparator.<Agent>comparingLong(a -> open.getOrDefault(a.id, 0L))
                        .thenComparing(a -> a.name).thenComparing(a -> a.id));
    }

    public Map<UUID, Long> openRequests(List<UUID> agents) {
        Map<UUID, Long> open = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createQuery(
                        "select r.agentId, count(r) from ProxyRequest r where r.agentId in :agents and r.status in :open group by r.agentId")
                .setParameter("agents", agents).setParameter("open", RequestStatus.OPEN).getResultList();
        rows.forEach(row -> open.put((UUID) row[0], (Long) row[1]));
        return open;
    }
}
