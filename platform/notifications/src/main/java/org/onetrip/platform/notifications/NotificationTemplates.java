package org.onetrip.platform.notifications;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.onetrip.platform.personaldata.PersonalData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of each kind of message, rendered with Qute: the town's own for the item's category, else its own for
 * every category, else the service's default ({@code notifications/<kind>.txt} on the classpath: the subject on the
 * first line, a blank line, the text). A town edits them through the API without a rebuild. Whatever a template
 * says, a full resident ID number never leaves in a message: any is masked as it is rendered.
 */
@ApplicationScoped
public class NotificationTemplates {
    private static final Logger LOG = Logger.getLogger(NotificationTemplates.class);
    /** Eighteen characters of a resident ID (the last may be X), not part of a longer run of letters or digits. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");

    /** A template's wording: its subject and text, both Qute templates. */
    public record Wording(String subject, String body) {
    }

    private static final int MAX_PARSED = 1_000;

    private final Engine engine;
    private final Map<String, Template> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Wording>> standards = new java.util.concurrent.ConcurrentHashMap<>();

    NotificationTemplates(Engine engine) {
        this.engine = engine;
    }

    /**
     * The message as a resident of this category receives it. A town's wording that names data the kind does not
     * have cannot stop the change that calls for the message: the standard wording is sent instead, and the log says so.
     */
    public Message render(String category, String kind, Map<String, Object> data) {
        Wording wording = wording(category, kind).orElseThrow(() -> new IllegalStateException("no template for " + kind));
        try {
            return render(wording, data);
        } catch (TemplateException e) {
            LOG.warnf("the town's wording of %s for category %s cannot be rendered (%s); the standard wording is sent", kind, category, e.getMessage());
            return render(standard(kind).orElseThrow(), data);
        }
    }

    private Message render(Wording wording, Map<String, Object> data) {
        return new Message(maskIdNumbers(render(wording.subject(), data)), maskIdNumbers(render(wording.body(), data)));
    }

    /** The wording in force for a category and kind, if the kind is one this service sends. */
    public Optional<Wording> wording(String category, String kind) {
        return NotificationTemplate.of(category, kind).or(() -> NotificationTemplate.of(NotificationTemplate.EVERY_CATEGORY, kind))
                .map(t -> new Wording(t.subject, t.body)).or(() -> standard(kind));
    }

    /** The service's own wording of a kind, the one a town's replaces; read from the classpath once per kind. */
    public Optional<Wording> standard(String kind) {
        if (!kind.matches("[a-z][a-z-]{0,59}")) {
            return Optional.empty();
        }
        return standards.computeIfAbsent(kind, NotificationTemplates::read);
    }

    private static Optional<Wording> read(String kind) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("notifications/" + kind + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return Optional.of(new Wording(text.substring(0, end).strip(), text.substring(end + 1).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null when the text is a template Qute reads, else what is wrong with it. */
    public String problemOf(String text) {
        try {
            engine.parse(text);
            return null;
        } catch (TemplateException e) {
            return e.getMessage();
        }
    }

    private String render(String text, Map<String, Object> data) {
        // Parsed once per wording: a town's few templates, not one parse per message. An edit is a new text.
        if (parsed.size() > MAX_PARSED) {
            parsed.clear();
        }
        Template template = parsed.computeIfAbsent(text, engine::parse);
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
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
