package org.onetrip.platform.notifications;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.onetrip.platform.personaldata.PersonalData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of each kind of message: the nearest jurisdiction's own (a town's, else its district's, city's or
 * province's; within one, the item category's before every category's), else the service's standard wording
 * ({@code notifications/<kind>.txt} on the classpath: the subject on the first line, then the text). Wordings are
 * {@link FieldTemplate}s over the kind's declared fields only. Whatever a wording says, a full resident ID number
 * never leaves in a message: any is masked as it is rendered.
 */
@ApplicationScoped
public class NotificationTemplates {
    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);
    /** Eighteen characters of a resident ID (the last may be X), not part of a longer run of letters or digits. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final int MAX_PARSED = 1_000;

    /** A wording: its subject and text. */
    public record Wording(String subject, String body) {
    }

    private final Map<String, MessageKind> kinds = new HashMap<>();
    private final Map<String, Wording> standards = new HashMap<>();
    private final Map<String, FieldTemplate> parsed = new ConcurrentHashMap<>();

    /** Every declared kind's standard wording is read and checked against its fields once, at start. */
    NotificationTemplates(@All List<MessageKind.Declared> declared) {
        declared.stream().flatMap(d -> d.kinds().stream()).forEach(kind -> {
            kinds.put(kind.name(), kind);
            Wording standard = read(kind.name());
            parseSubject(kind, standard.subject());
            parse(kind, standard.body());
            standards.put(kind.name(), standard);
        });
    }

    /** The kind, if this service sends it. */
    public Optional<MessageKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /**
     * The message as a resident of this jurisdiction and item category receives it. A stored wording the rules refuse
     * (one written before them) cannot stop the change that calls for the message: the standard wording is sent.
     */
    public Message render(String jurisdiction, String category, String kindName, Map<String, String> data) {
        MessageKind kind = kind(kindName).orElseThrow(() -> new IllegalStateException("no message kind " + kindName));
        Wording wording = townWording(jurisdiction, category, kindName).orElse(standards.get(kindName));
        try {
            return render(kind, wording, data);
        } catch (FieldTemplate.InvalidTemplate e) {
            LOG.warnf("the wording of %s for %s/%s is refused (%s); the standard wording is sent", kindName, jurisdiction, category, e.getMessage());
            return render(kind, standards.get(kindName), data);
        }
    }

    /** The wording in force for a jurisdiction, category and kind, if the kind is one this service sends. */
    public Optional<Wording> wording(String jurisdiction, String category, String kind) {
        return kind(kind).map(k -> townWording(jurisdiction, category, kind).orElse(standards.get(kind)));
    }

    /** The text as a wording of the kind, or an {@link FieldTemplate.InvalidTemplate} naming what is not its field. */
    private FieldTemplate parse(MessageKind kind, String text) {
        return parse(kind.name(), kind.fields(), text);
    }

    /** A subject of the kind: its fields less the secret ones, since every list shows subjects. */
    private FieldTemplate parseSubject(MessageKind kind, String text) {
        return parse(kind.name() + " subject", kind.subjectFields(), text);
    }

    private FieldTemplate parse(String kindKey, Set<String> fields, String text) {
        // Parsed once per kind and wording: a town's few templates, not one parse per message. An edit is a new text.
        if (parsed.size() > MAX_PARSED) {
            parsed.clear();
        }
        String key = kindKey + '\n' + text;
        FieldTemplate template = parsed.get(key);
        if (template == null) {
            template = FieldTemplate.parse(text, fields);
            parsed.put(key, template);
        }
        return template;
    }

    private static Optional<Wording> townWording(String jurisdiction, String category, String kind) {
        return NotificationTemplate.inForce(jurisdiction, category, kind).map(t -> new Wording(t.subject, t.body));
    }

    private Message render(MessageKind kind, Wording wording, Map<String, String> data) {
        Map<String, String> shown = new HashMap<>(data);
        kind.secret().forEach(field -> shown.computeIfPresent(field, (f, value) -> value.replaceAll("[^-\\s]", "*")));
        FieldTemplate body = parse(kind, wording.body());
        return new Message(maskIdNumbers(parseSubject(kind, wording.subject()).render(data)), maskIdNumbers(body.render(data)),
                maskIdNumbers(body.render(shown)));
    }

    private static Wording read(String kind) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("notifications/" + kind + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no standard wording notifications/" + kind + ".txt");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return new Wording(text.substring(0, end).strip(), text.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String maskIdNumbers(String text) {
        Matcher m = ID_NUMBER.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, PersonalData.maskId(m.group()));
        }
        return m.appendTail(masked).toString();
    }
}
