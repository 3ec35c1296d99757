package org.onetrip.platform.open311;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * Open311 GeoReport v2's two formats, for the services that speak it: a path ending in {@code .xml} answers XML,
 * one ending in {@code .json} JSON; lists are {@code <services><service>…}, {@code <service_requests><request>…}, and
 * errors are the spec's array of {@code {code, description}} (XML {@code <errors><error>…}), never problem+json.
 */
public final class Open311Format {
    public static final String PATH_PREFIX = "/open311/";

    private Open311Format() {
    }

    /** Whether a request path is one of Open311's, whose errors take Open311's shape. */
    public static boolean isOpen311(String path) {
        return path != null && path.startsWith(PATH_PREFIX);
    }

    public static boolean wantsXml(String path) {
        return path != null && path.endsWith(".xml");
    }

    /** A list of elements: JSON as is, XML as {@code <root><element>fields…</element>…</root>}. */
    public static Response list(boolean xml, String root, String element, List<Map<String, Object>> items) {
        return xml ? Response.ok(Xml.list(root, element, items), MediaType.APPLICATION_XML + ";charset=utf-8").build()
                : Response.ok(items, MediaType.APPLICATION_JSON).build();
    }

    /** One element (a service definition): JSON as is, XML as {@code <root>fields…</root>}. */
    public static Response single(boolean xml, String root, Map<String, Object> fields) {
        return xml ? Response.ok(Xml.element(root, fields), MediaType.APPLICATION_XML + ";charset=utf-8").build()
                : Response.ok(fields, MediaType.APPLICATION_JSON).build();
    }

    /** An error as Open311 has it: the status, and one entry per problem (the detail, then each field's). */
    public static Response error(int status, boolean xml, List<String> descriptions) {
        List<Map<String, Object>> errors = descriptions.stream().map(d -> {
            Map<String, Object> error = new java.util.LinkedHashMap<>(); // code first, as the spec shows it
            error.put("code", status);
            error.put("description", d);
            return error;
        }).toList();
        return Response.fromResponse(list(xml, "errors", "error", errors)).status(status).build();
    }

    /** Just enough XML for Open311's flat documents: elements, text, nested lists and maps; text escaped. */
    static final class Xml {
        private Xml() {
        }

        static String list(String root, String element, List<Map<String, Object>> items) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<").append(root).append('>');
            items.forEach(item -> write(xml, element, item));
            return xml.append("</").append(root).append(">\n").toString();
        }

        static String element(String root, Map<String, Object> fields) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            write(xml, root, fields);
            return xml.append('\n').toString();
        }

        @SuppressWarnings("unchecked")
        private static void write(StringBuilder xml, String name, Object value) {
            xml.append('<').append(name).append('>');
            if (value instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).forEach((key, inner) -> write(xml, key, inner));
            } else if (value instanceof List<?> list) {
                String item = name.endsWith("s") ? name.substring(0, name.length() - 1) : "item";
                list.forEach(inner -> write(xml, item, inner));
            } else if (value != null) {
                escape(xml, String.valueOf(value));
            }
            xml.append("</").append(name).append('>');
        }

        private static void escape(StringBuilder xml, String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '<' -> xml.append("&lt;");
                    case '>' -> xml.append("&gt;");
                    case '&' -> xml.append("&amp;");
                    case '"' -> xml.append("&quot;");
                    default -> {
                        // XML 1.0 cannot carry most control characters at all: they are dropped.
                        if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                            xml.append(c);
                        }
                    }
                }
            }
        }
    }
}
