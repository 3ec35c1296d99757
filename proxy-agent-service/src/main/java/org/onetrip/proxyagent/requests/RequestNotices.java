package org.onetrip.proxyagent.requests;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.notifications.MessageKind;
import org.onetrip.platform.notifications.Notifications;
import org.onetrip.platform.personaldata.PersonalData;
import org.onetrip.proxyagent.agents.Agent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a resident served door to door hears by SMS: which agent will come (name and phone) when the request is
 * assigned or reassigned, and that the result was handed over. proxy-agent holds the resident's phone, so it sends;
 * intake tells the same resident of the case itself.
 */
@ApplicationScoped
public class RequestNotices implements MessageKind.Declared {
    /** What a proxy resident's messages may say (docs/notifications.md). */
    private static final Set<String> FIELDS = Set.of("item", "agent", "agentPhone", "case", "caseNote");

    private final Notifications notifications;
    private final PersonalData personalData;

    RequestNotices(Notifications notifications, PersonalData personalData) {
        this.notifications = notifications;
        this.personalData = personalData;
    }

    @Override
    public List<MessageKind> kinds() {
        return List.of(new MessageKind("proxy-assigned", FIELDS), new MessageKind("proxy-delivered", FIELDS));
    }

    void on(RequestEvents.Kind kind, ProxyRequest r, UUID eventId) {
        String notice = switch (kind) {
            case ASSIGNED, REASSIGNED -> "proxy-assigned";
            case DELIVERED -> "proxy-delivered";
            default -> null;
        };
        if (notice == null || r.agentId == null) {
            return;
        }
        Agent agent = Agent.findById(r.agentId);
        notifications.record(new Notifications.Notice(eventId, notice, Notifications.categoryOf(r.itemCode), r.id.toString(), r.town,
                        Map.of("item", r.itemName, "agent", agent.name, "agentPhone", agent.phone == null ? "" : agent.phone,
                                "case", r.caseNumber == null ? "" : r.caseNumber,
                                "caseNote", r.caseNumber == null ? "" : "（办件号 " + r.caseNumber + "）")),
                new Notifications.Recipient(personalData.open(r.phone, r.sealedAt("phone_sealed")), null));
    }
}
