package org.onetrip.platform.notifications;

import java.util.List;
import java.util.Set;

/**
 * A kind of message a service sends (its template's name), the closed list of fields its wording may name (the
 * service hands exactly these, as strings, to every message of the kind; docs/notifications.md lists them), and
 * which of them are secrets only the resident may read (a look-up code): the record and the log show those masked,
 * and a subject, shown in every list, may not name them.
 */
public record MessageKind(String name, Set<String> fields, Set<String> secret) {
    public MessageKind {
        fields = Set.copyOf(fields);
        secret = Set.copyOf(secret);
    }

    public MessageKind(String name, Set<String> fields) {
        this(name, fields, Set.of());
    }

    /** The fields a subject may name. */
    public Set<String> subjectFields() {
        return fields.stream().filter(f -> !secret.contains(f)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The kinds of message one part of a service sends; a kind no bean declares cannot be sent nor worded. */
    public interface Declared {
        List<MessageKind> kinds();
    }
}
