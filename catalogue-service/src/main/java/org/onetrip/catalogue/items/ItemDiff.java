package org.onetrip.catalogue.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a guide, field by field. Entries of lists that carry a code
 * (materials, facilitation rules) are matched by code, so inserting a material reads as one addition,
 * not as every later material changing.
 */
public final class ItemDiff {
    private ItemDiff() {
    }

    /** One changed field: {@code before} is null for an addition, {@code after} for a removal. */
    public record Change(String field, String before, String after) {
    }

    public record Result(String code, int from, int to, List<Change> changes) {
    }

    public static List<Change> between(ItemGuide before, ItemGuide after, ObjectMapper json) {
        Map<String, String> a = flatten(json.valueToTree(before));
        Map<String, String> b = flatten(json.valueToTree(after));
        Set<String> fields = new LinkedHashSet<>(a.keySet());
        fields.addAll(b.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String was = a.get(field);
            String is = b.get(field);
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                String key = element.hasNonNull("code") ? element.get("code").asText() : String.valueOf(i);
                flatten(path + "[" + key + "]", element, out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }
}
