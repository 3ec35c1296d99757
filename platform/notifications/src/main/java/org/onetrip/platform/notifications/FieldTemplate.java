package org.onetrip.platform.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's wording as a town writes it: text with {@code {field}} placeholders naming the fields of its kind of
 * message, and nothing else. It is data, never a program: no namespaces, no expressions, no method calls, no loops, so
 * a wording can reach nothing but the strings the service hands it for that message. Anything in braces that is not
 * one of the kind's fields, and any lone brace, is refused by name.
 */
public final class FieldTemplate {
    private static final Pattern TOKEN = Pattern.compile("\\{[^{}]{0,200}}|[{}]");
    private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]{0,39})}");

    /** Literal text at even indexes, field names at odd ones. */
    private final List<String> parts;

    private FieldTemplate(List<String> parts) {
        this.parts = parts;
    }

    /** The template, or an {@link InvalidTemplate} naming every token that is not one of {@code fields}. */
    public static FieldTemplate parse(String text, Set<String> fields) {
        List<String> parts = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        int literalFrom = 0;
        while (token.find()) {
            Matcher field = FIELD.matcher(token.group());
            if (field.matches() && fields.contains(field.group(1))) {
                parts.add(text.substring(literalFrom, token.start()));
                parts.add(field.group(1));
            } else {
                refused.add(token.group());
            }
            literalFrom = token.end();
        }
        if (!refused.isEmpty()) {
            throw new InvalidTemplate(refused);
        }
        parts.add(text.substring(literalFrom));
        return new FieldTemplate(List.copyOf(parts));
    }

    /** The text with each field's value; a field the data lacks is said as nothing. */
    public String render(Map<String, String> data) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i % 2 == 0 ? parts.get(i) : data.getOrDefault(parts.get(i), ""));
        }
        return out.toString();
    }

    /** The tokens of a wording that are not fields of its kind, as written. */
    public static final class InvalidTemplate extends IllegalArgumentException {
        private final List<String> tokens;

        InvalidTemplate(List<String> tokens) {
            super("not fields of this message: " + String.join(" ", tokens));
            this.tokens = List.copyOf(tokens);
        }

        public List<String> tokens() {
            return tokens;
        }
    }
}
