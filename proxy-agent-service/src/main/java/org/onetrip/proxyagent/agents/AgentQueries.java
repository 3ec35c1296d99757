package org.onetrip.proxyagent.agents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.platform.web.Page;
import org.onetrip.platform.web.PageRequest;
import org.onetrip.proxyagent.agents.AgentViews.AgentView;
import org.onetrip.proxyagent.agents.AgentViews.PublicProfile;
import org.onetrip.proxyagent.agents.AgentViews.VillageItem;
import org.onetrip.proxyagent.replica.ProxyItem;
import org.onetrip.proxyagent.requests.Assignment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The agents of a jurisdiction for its clerks, their public profiles for everyone, and what a village's agents handle. */
@ApplicationScoped
public class AgentQueries {
    private final Assignment assignment;

    AgentQueries(Assignment assignment) {
        this.assignment = assignment;
    }

    /** Of the clerk's jurisdiction (or a part of it), with their open requests. */
    @Transactional
    public Page<AgentView> list(String jurisdiction, PageRequest page, Caller caller) {
        String area = jurisdiction != null ? Jurisdictions.requireValid("jurisdiction", jurisdiction) : caller.requireJurisdiction();
        caller.requireCovering(area);
        var query = Agent.<Agent>find("jurisdiction like ?1 order by jurisdiction, name", Jurisdictions.likePattern(area));
        Page<Agent> agents = Page.of(query, page);
        Map<UUID, Long> open = assignment.openRequests(agents.items().stream().map(a -> a.id).toList());
        return agents.map(a -> AgentView.of(a, open));
    }

    /** Active agents of a jurisdiction and below. */
    @Transactional
    public Page<PublicProfile> profiles(String jurisdiction, PageRequest page) {
        var query = Agent.<Agent>find("jurisdiction like ?1 and active = true order by jurisdiction, name",
                Jurisdictions.likePattern(Jurisdictions.requireValid("jurisdiction", jurisdiction)));
        return Page.of(query, page).map(PublicProfile::of);
    }

    /** Proxy-eligible items of the village's town and district. */
    @Transactional
    public Page<VillageItem> villageItems(String village, PageRequest page) {
        var query = ProxyItem.<ProxyItem>find("proxyEligible = true and withdrawn = false and jurisdiction in ?1 order by code",
                List.of(village.substring(0, 6), village.substring(0, 9)));
        return Page.of(query, page).map(VillageItem::of);
    }
}
