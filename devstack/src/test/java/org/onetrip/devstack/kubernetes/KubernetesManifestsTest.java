package org.onetrip.devstack.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onetrip.devstack.KafkaAccessTables;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/kubernetes, rendered as Kustomize would (base and each overlay) and checked without a cluster: every
 * resource against the Kubernetes model or its operator's CRD, and what the services need against what the
 * manifests give them (probes, budgets, policies, secrets, topics, ACLs, databases).
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final List<String> SERVICES = List.of("catalogue-service", "intake-service", "proxy-agent-service",
            "oversight-service");
    private static final ManifestSchemas SCHEMAS = new ManifestSchemas();

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/district", "overlays/province"})
    void everyResourceIsOneAClusterWithTheOperatorsTakes(String directory) {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve(directory));
        assertThat(resources).hasSizeGreaterThan(40);
        assertThat(resources.stream().flatMap(r -> SCHEMAS.problems(r).stream())).isEmpty();
        assertThat(resources.stream().map(r -> r.path("kind").asText() + "/" + r.path("metadata").path("name").asText()))
                .as("names are unique per kind").doesNotHaveDuplicates();
    }

    @Test
    void aMisspelledOrMistypedFieldIsCaught() {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("base"));
        ObjectNode deployment = first(resources, "Deployment", "intake-service").deepCopy();
        ((ObjectNode) deployment.get("spec")).put("replica", 3);
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.get("readinessProbe"));
        ObjectNode kafka = first(resources, "Kafka", "onetrip").deepCopy();
        ((ObjectNode) kafka.get("spec").get("kafka")).put("listener", "tls");
        ObjectNode cluster = first(resources, "Cluster", "intake-db").deepCopy();
        ((ObjectNode) cluster.get("spec")).put("instances", "two");
        assertThat(SCHEMAS.problems(deployment)).containsExactlyInAnyOrder("Deployment intake-service: unknown field .spec.replica",
                "Deployment intake-service: unknown field .spec.template.spec.containers[0].readinesProbe");
        assertThat(SCHEMAS.problems(kafka)).singleElement().asString().contains("listener");
        assertThat(SCHEMAS.problems(cluster)).singleElement().asString().contains("instances");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/district", "overlays/province"})
    void everyWorkloadIsProbedSizedBudgetedScaledAndFenced(String directory) {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve(directory));
        List<ObjectNode> deployments = ofKind(resources, "Deployment");
        assertThat(deployments).extracting(d -> d.at("/metadata/name").asText())
                .containsExactlyInAnyOrder("catalogue-service", "intake-service", "proxy-agent-service", "oversight-service",
                        "web-console");
        for (ObjectNode d : deployments) {
            String name = d.at("/metadata/name").asText();
            JsonNode pod = d.at("/spec/template");
            JsonNode container = pod.at("/spec/containers/0");
            assertThat(container.at("/startupProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/started");
            assertThat(container.at("/readinessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/ready");
            assertThat(container.at("/livenessProbe/httpGet/path").asText()).as(name).isEqualTo("/q/health/live");
            for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(name + " " + probe).isEqualTo("management");
            }
            assertThat(container.at("/resources/requests/cpu").isMissingNode()).as(name).isFalse();
            assertThat(container.at("/resources/requests/memory").isMissingNode()).as(name).isFalse();
            assertThat(container.at("/resources/limits/memory").isMissingNode()).as(name).isFalse();
            assertThat(container.at("/image").asText()).as(name).startsWith("registry.example.gov.cn/onetrip/" + name + ":");
            assertThat(pod.at("/spec/securityContext/runAsNonRoot").asBoolean()).as(name).isTrue();
            assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).as(name).isTrue();
            assertThat(d.at("/spec/strategy/rollingUpdate/maxUnavailable").asInt(-1)).as(name).isZero();
            JsonNode labels = pod.at("/metadata/labels");
            assertThat(ofKind(resources, "PodDisruptionBudget")).as(name + " has a disruption budget")
                    .anyMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), labels));
            assertThat(ofKind(resources, "HorizontalPodAutoscaler")).as(name + " scales")
                    .anyMatch(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name)
                            && h.at("/spec/minReplicas").asInt() >= 2);
            assertThat(ofKind(resources, "NetworkPolicy")).as(name + " has a policy of its own")
                    .anyMatch(p -> !p.at("/spec/podSelector").isEmpty() && selects(p.at("/spec/podSelector/matchLabels"), labels));
        }
    }

    @Test
    void aServiceTalksToItsDatabaseKafkaAndNothingElse() {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("overlays/district"));
        ObjectNode deny = first(resources, "NetworkPolicy", "default-deny");
        assertThat(deny.at("/spec/podSelector").isEmpty()).isTrue();
        assertThat(deny.at("/spec/policyTypes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.at("/spec/ingress").isMissingNode()).isTrue();
        for (String service : SERVICES) {
            String database = databaseCluster(first(resources, "Deployment", service));
            ObjectNode policy = first(resources, "NetworkPolicy", service);
            Set<String> peers = new TreeSet<>();
            policy.at("/spec/egress").forEach(rule -> rule.path("to").forEach(peer -> peers.add(peer.toString())));
            assertThat(peers).as(service + " reaches these pods").containsExactlyInAnyOrder(
                    "{\"podSelector\":{\"matchLabels\":{\"cnpg.io/cluster\":\"" + database + "\"}}}",
                    "{\"podSelector\":{\"matchLabels\":{\"strimzi.io/cluster\":\"onetrip\"}}}",
                    "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"monitoring\"}}}");
            ObjectNode clients = first(resources, "NetworkPolicy", database + "-clients");
            assertThat(clients.at("/spec/ingress/0/from")).singleElement()
                    .satisfies(from -> assertThat(from.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(service));
        }
    }

    @Test
    void onlyTheServicesThatHoldPersonalDataGetItsKeys() {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("overlays/province"));
        for (String service : SERVICES) {
            Set<String> secrets = new TreeSet<>();
            first(resources, "Deployment", service).findValues("secretKeyRef").forEach(ref -> secrets.add(ref.path("name").asText()));
            boolean holds = service.equals("intake-service") || service.equals("proxy-agent-service");
            assertThat(secrets.contains("onetrip-personal-data")).as(service + " gets the personal-data keys").isEqualTo(holds);
            assertThat(secrets.contains("onetrip-personal-data-exchange")).as(service + " gets the exchange key").isEqualTo(holds);
        }
    }

    @Test
    void everySecretAndConfigMapIsMadeByTheManifestsAnOperatorOrTheInstallerAsDocumented() throws IOException {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("overlays/province"));
        Set<String> made = new HashSet<>();
        ofKind(resources, "Secret").forEach(s -> made.add(s.at("/metadata/name").asText()));
        ofKind(resources, "Cluster").forEach(c -> made.add(c.at("/metadata/name").asText() + "-app"));
        ofKind(resources, "KafkaUser").forEach(u -> made.add(u.at("/metadata/name").asText()));
        ofKind(resources, "Kafka").forEach(k -> made.add(k.at("/metadata/name").asText() + "-cluster-ca-cert"));
        String operations = Files.readString(ROOT.resolve("docs/operations.md"));
        Set<String> configMaps = ofKind(resources, "ConfigMap").stream().map(c -> c.at("/metadata/name").asText()).collect(Collectors.toSet());
        for (ObjectNode r : resources) {
            for (JsonNode ref : r.findValues("secretKeyRef")) {
                assertSecret(ref.path("name").asText(), made, operations, r);
            }
            r.findValues("secretName").forEach(name -> assertSecret(name.asText(), made, operations, r));
            r.findValues("s3Credentials").forEach(credentials -> credentials.findValues("name")
                    .forEach(name -> assertSecret(name.asText(), made, operations, r)));
            for (String key : List.of("configMapKeyRef", "configMapRef", "configMap")) {
                r.findValues(key).forEach(ref -> assertThat(configMaps).as(r.at("/metadata/name") + " " + key)
                        .contains(ref.path("name").asText()));
            }
        }
    }

    @Test
    void theTopicsAreTheOnesTheServicesOwnReadAndDeadLetter() throws IOException {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("overlays/district"));
        Map<String, ObjectNode> topics = ofKind(resources, "KafkaTopic").stream()
                .collect(Collectors.toMap(t -> t.at("/metadata/name").asText(), t -> t));
        for (String service : SERVICES) {
            Properties config = config(service);
            for (String owned : config.getProperty("onetrip.topics.owned").split(",")) {
                String name = owned.split(":")[0];
                assertThat(topics).as(service + " owns " + name).containsKey(name);
                assertThat(topics.get(name).at("/spec/config/cleanup.policy").asText("delete"))
                        .as(name + " compaction").isEqualTo(owned.endsWith(":compact") ? "compact" : "delete");
            }
            for (String property : config.stringPropertyNames()) {
                String topic = config.getProperty(property);
                if (property.startsWith("mp.messaging.incoming.") && property.endsWith(".topic") && !topic.contains("\\")) {
                    assertThat(topics).as(service + ": " + property).containsKey(topic);
                }
            }
        }
        assertThat(topics.values()).allMatch(t -> t.at("/spec/replicas").asInt() == 3
                && t.at("/spec/config/min.insync.replicas").asInt() == 2);
        assertThat(Kustomize.render(KUBERNETES.resolve("overlays/province")).stream()
                .filter(t -> t.at("/metadata/name").asText().equals("intake.cases")).findFirst().orElseThrow()
                .at("/spec/partitions").asInt()).isEqualTo(24);
    }

    @Test
    void everyServiceIsAKafkaUserWithTheAclsTheDevstackGrants() {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("base"));
        for (var service : KafkaAccessTables.services()) {
            ObjectNode user = first(resources, "KafkaUser", service.getKey());
            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                for (JsonNode operation : acl.path("operations")) {
                    granted.add(String.join(" ", acl.at("/resource/type").asText(), acl.at("/resource/name").asText(),
                            acl.at("/resource/patternType").asText(), operation.asText()).toLowerCase().replace("_", ""));
                }
            }
            assertThat(granted).as(service.getKey()).isEqualTo(new TreeSet<>(service.getValue()));
            assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
            ObjectNode deployment = first(resources, "Deployment", service.getKey());
            assertThat(env(deployment, "ONETRIP_KAFKA_PASSWORD").at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(service.getKey());
        }
    }

    @Test
    void eachServiceHasItsOwnBackedUpDatabaseCluster() throws IOException {
        List<ObjectNode> resources = Kustomize.render(KUBERNETES.resolve("overlays/province"));
        Set<String> clusters = new HashSet<>();
        for (String service : SERVICES) {
            String cluster = databaseCluster(first(resources, "Deployment", service));
            assertThat(clusters.add(cluster)).as(service + " shares " + cluster).isTrue();
            String url = config(service).getProperty("quarkus.datasource.jdbc.url");
            assertThat(first(resources, "Cluster", cluster).at("/spec/bootstrap/initdb/database").asText())
                    .as(service + "'s database").isEqualTo(url.substring(url.lastIndexOf('/') + 1));
            assertThat(first(resources, "Cluster", cluster).at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(first(resources, "Cluster", cluster).at("/spec/backup/barmanObjectStore/destinationPath").asText()).isNotBlank();
            assertThat(ofKind(resources, "ScheduledBackup")).as(cluster + " is backed up")
                    .anyMatch(b -> b.at("/spec/cluster/name").asText().equals(cluster));
        }
    }

    private static void assertSecret(String name, Set<String> made, String operations, ObjectNode user) {
        if (!made.contains(name)) {
            assertThat(operations).as(user.path("kind").asText() + " " + user.at("/metadata/name").asText() + " uses secret " + name
                    + ", which nothing here makes: docs/operations.md must say how the installer makes it").contains("`" + name + "`");
        }
    }

    /** The CNPG cluster whose read-write service a Deployment's ONETRIP_POSTGRES_URL names. */
    private static String databaseCluster(ObjectNode deployment) {
        String url = env(deployment, "ONETRIP_POSTGRES_URL").path("value").asText();
        assertThat(url).matches("jdbc:postgresql://[a-z0-9-]+-rw:5432");
        return url.substring("jdbc:postgresql://".length(), url.indexOf("-rw:"));
    }

    private static JsonNode env(ObjectNode deployment, String name) {
        return StreamSupport.stream(deployment.at("/spec/template/spec/containers/0/env").spliterator(), false)
                .filter(e -> e.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(deployment.at("/metadata/name").asText() + " has no " + name));
    }

    private static Properties config(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (matchLabels.isMissingNode() || matchLabels.isEmpty()) {
            return false;
        }
        List<String> misses = new ArrayList<>();
        matchLabels.properties().forEach(e -> {
            if (!labels.path(e.getKey()).asText().equals(e.getValue().asText())) {
                misses.add(e.getKey());
            }
        });
        return misses.isEmpty();
    }

    private static List<ObjectNode> ofKind(List<ObjectNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static ObjectNode first(List<ObjectNode> resources, String kind, String name) {
        Optional<ObjectNode> found = ofKind(resources, kind).stream()
                .filter(r -> r.at("/metadata/name").asText().equals(name)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }
}
