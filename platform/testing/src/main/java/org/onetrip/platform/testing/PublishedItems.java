package org.onetrip.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * catalogue.items as the catalogue publishes it, for the tests of its consumers: a test names the parts of the
 * guide it is about, and the rest of what every published guide carries is filled in, so the event still
 * matches the published schema ({@link KafkaProbe#sendEvent} checks it).
 */
public final class PublishedItems {
    public static final String TOPIC = "catalogue.items";
    public static final String PUBLISHED = "org.onetrip.catalogue.item.published.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedItems() {
    }

    /** Sends version {@code version} of item {@code code} with {@code guide}, completed; returns the event's id. */
    public static String publish(String code, int version, OffsetDateTime publishedAt, Map<String, Object> guide) {
        try {
            return KafkaProbe.sendEvent(TOPIC, "/onetrip/catalogue", PUBLISHED, code, JSON.writeValueAsString(Map.of("code", code,
                    "version", version, "publishedAt", publishedAt.toString(), "guide", complete(guide))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The guide with every part a published guide must carry, those the test did not name given plain values. */
    public static Map<String, Object> complete(Map<String, Object> guide) {
        Map<String, Object> g = new HashMap<>(guide);
        g.putIfAbsent("category", "ADMINISTRATIVE_CONFIRMATION");
        g.putIfAbsent("department", g.getOrDefault("jurisdiction", "330109013") + "-MZ");
        g.putIfAbsent("coDepartments", List.of());
        g.putIfAbsent("legalBasis", List.of(Map.of("title", "《浙江省老年人权益保障条例》")));
        g.putIfAbsent("conditions", "本地户籍居民");
        g.putIfAbsent("steps", List.of(Map.of("name", "受理"), Map.of("name", "审核"), Map.of("name", "办结")));
        g.putIfAbsent("statutoryDays", 20);
        g.putIfAbsent("promisedDays", 5);
        g.putIfAbsent("fees", List.of());
        g.putIfAbsent("trips", 1);
        g.putIfAbsent("online", false);
        g.putIfAbsent("proxyEligible", false);
        g.putIfAbsent("reformListed", true);
        g.putIfAbsent("place", "便民服务中心综合受理窗口");
        g.putIfAbsent("consultationPhone", "0571-12345678");
        g.putIfAbsent("faq", List.of());
        g.putIfAbsent("facilitationRules", List.of());
        List<Map<String, Object>> materials = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> named = (List<Map<String, Object>>) g.getOrDefault("materials",
                List.of(Map.of("code", "M01", "name", "居民身份证", "necessity", "REQUIRED")));
        for (Map<String, Object> material : named) {
            Map<String, Object> m = new HashMap<>(material);
            m.putIfAbsent("form", "ORIGINAL");
            m.putIfAbsent("copies", 1);
            m.putIfAbsent("medium", "PAPER");
            m.putIfAbsent("source", "APPLICANT");
            materials.add(m);
        }
        g.put("materials", materials);
        return g;
    }
}
