package org.onetrip.devstack;

import java.util.List;
import java.util.Map;

/** The devstack's Kafka ACLs as {@code "topic intake.cases literal write"} lines, for the Kubernetes manifests' check. */
public final class KafkaAccessTables {
    private KafkaAccessTables() {
    }

    /** Each service's principal and its grants. */
    public static List<Map.Entry<String, List<String>>> services() {
        return KafkaAccess.SERVICES.stream().map(s -> Map.entry(s.principal(), KafkaAccess.acls(s).stream()
                .map(b -> String.join(" ", b.pattern().resourceType().name(), b.pattern().name(),
                        b.pattern().patternType() == org.apache.kafka.common.resource.PatternType.PREFIXED ? "prefix" : "literal",
                        b.entry().operation().name()).toLowerCase().replace("_", ""))
                .toList())).toList();
    }
}
