package org.onetrip.proxyagent.visits;

import jakarta.enterprise.context.ApplicationScoped;
import org.onetrip.platform.outbox.Outbox;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What oversight learns of a visit, on {@code proxy.visits} (key = note id): who, where, when, what about; no household. */
@ApplicationScoped
public class VisitEvents {
    public static final String TOPIC = "proxy.visits";
    public static final String RECORDED = "org.onetrip.proxyagent.visit.recorded.v1";

    public record VisitRecorded(UUID noteId, UUID agentId, String author, String village, String town, LocalDate visitedOn,
                                VisitNote.Kind kind, List<String> topics, int problems) {
    }

    private final Outbox outbox;

    VisitEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void recorded(VisitNote note) {
        outbox.publish(TOPIC, RECORDED, note.id.toString(), new VisitRecorded(note.id, note.agentId, note.author, note.village,
                note.town, note.visitedOn, note.kind, List.of(note.topics), note.problems.size()));
    }
}
