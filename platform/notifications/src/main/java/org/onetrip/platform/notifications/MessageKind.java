package org.onetrip.platform.notifications;

import java.util.List;
import java.util.Set;

/**
 * A kind of message a service sends (its template's name) and the closed list of fields its wording may name; the
 * service hands exactly these, as strings, to every message of the kind (docs/notifications.md lists them).
 */
public record MessageKind(String name, Set<String> fields) {
    public MessageKind {
        fields = Set.copyOf(fields);
    }

    /** The kinds of message one part of a service sends; a kind no bean declares cannot be sent nor worded. */
    public interface Declared {
        List<MessageKind> kinds();
    }
}
