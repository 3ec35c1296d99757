package org.onetrip.proxyagent.agents;

import org.onetrip.proxyagent.replica.ProxyItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The answers about agents: what a clerk sees, what everyone sees, and what a village's agents handle. */
public final class AgentViews {

    /** What a clerk sees: everything, and the open requests. */
    public record AgentView(UUID id, String subject, String name, Agent.Level level, String jurisdiction,
                            List<Agent.Role> roles, boolean partyMember, String phone, boolean active, int capacity,
                            long openRequests, List<String> items, String duties, String pledge, List<String> enterprises,
                            List<String> villages) {

        static AgentView of(Agent a, Map<UUID, Long> open) {
            return new AgentView(a.id, a.subject, a.name, a.level, a.jurisdiction, a.roles, a.partyMember, a.phone, a.active,
                    a.capacity, open.getOrDefault(a.id, 0L), a.items, a.duties, a.pledge, a.enterprises, a.villages);
        }
    }

    /** What everyone sees: who, what for, which items, the pledge. No phone. */
    public record PublicProfile(UUID id, String name, Agent.Level level, String jurisdiction, List<Agent.Role> roles,
                                boolean partyMember, String duties, List<String> items, String pledge) {

        static PublicProfile of(Agent a) {
            return new PublicProfile(a.id, a.name, a.level, a.jurisdiction, a.roles, a.partyMember, a.duties,
                    a.items.isEmpty() ? List.of("全部可代办事项") : a.items.stream().map(PublicProfile::itemName).toList(),
                    a.pledge);
        }

        private static String itemName(String code) {
            return ProxyItem.<ProxyItem>findByIdOptional(code).map(i -> i.name).orElse(code);
        }
    }

    public record VillageItem(String code, String name, String place) {

        static VillageItem of(ProxyItem i) {
            return new VillageItem(i.code, i.name, i.place);
        }
    }

    private AgentViews() {
    }
}
