package org.onetrip.platform.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.security.Caller;
import org.onetrip.platform.security.Jurisdictions;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A jurisdiction's catalogue administrator words its messages (for its towns too, which inherit it): checked as
 * data over the kind's fields before it is stored, never run as code; and takes a wording back to the standard one.
 */
@ApplicationScoped
public class NotificationTemplateService {
    private static final Set<Integer> WORDING_LEVELS = Set.of(2, 4, 6, 9);

    private final NotificationTemplates templates;

    NotificationTemplateService(NotificationTemplates templates) {
        this.templates = templates;
    }

    @Transactional
    public void reword(Caller caller, String jurisdiction, String category, String kindName, String subject, String body) {
        MessageKind kind = check(caller, jurisdiction, category, kindName, subject, body);
        NotificationTemplate t = NotificationTemplate.of(jurisdiction, category, kindName).orElseGet(() -> {
            NotificationTemplate created = new NotificationTemplate();
            created.jurisdiction = jurisdiction;
            created.category = category;
            created.kind = kind.name();
            return created;
        });
        t.subject = subject;
        t.body = body;
        t.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        t.updatedBy = caller.subject();
        t.persist();
    }

    @Transactional
    public void restore(Caller caller, String jurisdiction, String category, String kind) {
        check(caller, jurisdiction, category, kind, null, null);
        NotificationTemplate.of(jurisdiction, category, kind).ifPresent(NotificationTemplate::delete);
    }

    /** Every field of the request that is wrong, at once; then the caller's scope. */
    private MessageKind check(Caller caller, String jurisdiction, String category, String kindName, String subject, String body) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!Jurisdictions.isValid(jurisdiction) || !WORDING_LEVELS.contains(jurisdiction.length())) {
            violations.add(new FieldViolation("jurisdiction", "notification.jurisdiction"));
        }
        if (!category.matches("\\*|[A-Z]{2}")) {
            violations.add(new FieldViolation("category", "notification.category"));
        }
        MessageKind kind = templates.kind(kindName).orElse(null);
        if (kind == null) {
            violations.add(new FieldViolation("kind", "notification.kind", kindName));
        } else {
            refusedTokens(kind.subjectFields(), "subject", subject, violations);
            refusedTokens(kind.fields(), "body", body, violations);
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        caller.requireCovering(jurisdiction);
        return kind;
    }

    private static void refusedTokens(Set<String> allowed, String field, String text, List<FieldViolation> violations) {
        if (text == null) {
            return;
        }
        try {
            FieldTemplate.parse(text, allowed);
        } catch (FieldTemplate.InvalidTemplate e) {
            String fields = String.join(" ", new TreeSet<>(allowed).stream().map(f -> "{" + f + "}").toList());
            e.tokens().forEach(token -> violations.add(new FieldViolation(field, "notification.template", token, fields)));
        }
    }
}
