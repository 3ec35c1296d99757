package org.onetrip.proxyagent.visits;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A visit note as the agents and clerks serving its village see it. */
public record VisitNoteView(UUID id, String author, String village, LocalDate visitedOn, String household,
                            VisitNote.Kind kind, List<String> topics, List<VisitNote.Problem> problems, String followUps) {

    static VisitNoteView of(VisitNote n) {
        return new VisitNoteView(n.id, n.author, n.village, n.visitedOn, n.household, n.kind, List.of(n.topics),
                n.problems, n.followUps);
    }
}
