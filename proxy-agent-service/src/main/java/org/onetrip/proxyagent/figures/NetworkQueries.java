package org.onetrip.proxyagent.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.onetrip.platform.calendar.WorkingDayCalendar;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.reference.ReferenceNames;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;
import org.onetrip.proxyagent.agents.Agent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The network itself, as the bulletin counts it: its active agents by level and role (e.g. 48 village-linked cadres,
 * 12 enterprise-linked), the villages it covers of those the catalogue knows (24 of 24), and the problems and proposals
 * its visit notes gathered in a period (30+).
 */
@ApplicationScoped
public class NetworkQueries {

    /**
     * @param villagesCovered villages with an active agent of their own or a 联村干部 linked to them
     * @param uncovered       the villages the catalogue knows that have neither
     * @param proposals       problems raised on visits in the period; {@code proposalsTaken} of them became proxy requests
     */
    public record Network(String jurisdiction, LocalDate from, LocalDate to, long agents, long partyMembers,
                          Map<Agent.Level, Long> byLevel, Map<Agent.Role, Long> byRole, long villagesKnown,
                          long villagesCovered, List<String> uncovered, long visitNotes, long proposals, long proposalsTaken) {
    }

    private final EntityManager entityManager;
    private final ReferenceNames names;
    private final WorkingDayCalendar calendar;

    NetworkQueries(EntityManager entityManager, ReferenceNames names, WorkingDayCalendar calendar) {
        this.entityManager = entityManager;
        this.names = names;
        this.calendar = calendar;
    }

    @Transactional
    public Network network(String jurisdiction, LocalDate from, LocalDate to, Caller caller) {
        caller.requireCovering(Jurisdictions.requireValid("jurisdiction", jurisdiction));
        LocalDate start = from != null ? from : calendar.today().withDayOfYear(1);
        LocalDate end = to != null ? to : calendar.today();
        if (end.isBefore(start)) {
            throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("to", "figures.period")));
        }
        List<Agent> agents = Agent.list("active = true and jurisdiction like ?1", Jurisdictions.likePattern(jurisdiction));
        Map<Agent.Level, Long> byLevel = new EnumMap<>(Agent.Level.class);
        Map<Agent.Role, Long> byRole = new EnumMap<>(Agent.Role.class);
        Set<String> covered = new TreeSet<>();
        for (Agent a : agents) {
            byLevel.merge(a.level, 1L, Long::sum);
            a.roles.forEach(role -> byRole.merge(role, 1L, Long::sum));
            if (a.level == Agent.Level.VILLAGE) {
                covered.add(a.jurisdiction);
            }
            covered.addAll(a.villages);
        }
        List<String> known = names.jurisdictionsWithin(jurisdiction, 12);
        List<String> uncovered = new ArrayList<>(known.stream().filter(v -> !covered.contains(v)).toList());
        Object[] notes = (Object[]) entityManager.createNativeQuery("""
                        select count(*), coalesce(sum(jsonb_array_length(problems)), 0),
                               coalesce(sum((select count(*) from jsonb_array_elements(problems) p
                                             where p ->> 'requestId' is not null)), 0)
                        from visit_note where village like :prefix and visited_on between :start and :end""")
                .setParameter("prefix", Jurisdictions.likePattern(jurisdiction)).setParameter("start", start)
                .setParameter("end", end).getSingleResult();
        return new Network(jurisdiction, start, end, agents.size(), agents.stream().filter(a -> a.partyMember).count(), byLevel,
                byRole, known.size(), known.stream().filter(covered::contains).count(), uncovered, n(notes[0]), n(notes[1]),
                n(notes[2]));
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
