package org.onetrip.devstack.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.Keyword;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Validates a manifest as a cluster would with strict validation: Kubernetes' own kinds by binding them to the
 * fabric8 model (a wrong type fails, a field the model does not know is reported), the operators' kinds against
 * the openAPIV3Schema of their CRD (test resources crds/) with unknown fields refused, as the API server's
 * strict field validation does.
 */
final class ManifestSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * OpenAPI's schema dialect as the API server reads it. The {@code x-kubernetes-*} markers shape merging and
     * pruning; {@code x-kubernetes-validations} are CEL rules, which only the API server evaluates.
     */
    private static final JsonMetaSchema KUBERNETES_DIALECT = JsonMetaSchema.builder(JsonMetaSchema.getV4())
            .keywords(List.of("x-kubernetes-preserve-unknown-fields", "x-kubernetes-int-or-string", "x-kubernetes-list-type",
                    "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations",
                    "x-kubernetes-embedded-resource", "example", "nullable").stream()
                    .<Keyword>map(NonValidationKeyword::new).toList())
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(KUBERNETES_DIALECT).defaultMetaSchemaIri(KUBERNETES_DIALECT.getIri()));
    private final Map<String, JsonSchema> custom = new HashMap<>();

    ManifestSchemas() {
        try (Stream<Path> files = Files.list(Path.of(ManifestSchemas.class.getResource("/crds").toURI()))) {
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(this::load);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems with {@code resource}; empty when a cluster would take it. */
    List<String> problems(ObjectNode resource) {
        String apiVersion = resource.path("apiVersion").asText();
        String kind = resource.path("kind").asText();
        String where = kind + " " + resource.path("metadata").path("name").asText() + ": ";
        List<String> problems = new ArrayList<>();
        JsonSchema schema = custom.get(apiVersion + "/" + kind);
        try {
            if (schema != null) {
                for (ValidationMessage m : schema.validate(resource)) {
                    problems.add(where + m.getMessage());
                }
                unknownFields(JSON.treeToValue(resource.get("metadata"), ObjectMeta.class), "metadata", problems);
            } else {
                KubernetesResource bound = JSON.treeToValue(resource, KubernetesResource.class);
                if (bound instanceof GenericKubernetesResource) {
                    problems.add(where + "no such kind in " + apiVersion);
                } else {
                    unknownFields(bound, "", problems);
                }
            }
        } catch (IOException e) {
            problems.add(where + e.getMessage());
        }
        return problems.stream().map(p -> p.startsWith(where) ? p : where + p).toList();
    }

    private void load(Path crdFile) {
        for (ObjectNode crd : Kustomize.readAll(crdFile)) {
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (version.path("served").asBoolean()) {
                    JsonNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    strict(schema);
                    custom.put(group + "/" + version.path("name").asText() + "/" + kind,
                            FACTORY.getSchema(schema));
                }
            }
        }
    }

    /** Every object with named properties takes no others, unless the CRD keeps unknown fields there. */
    private static void strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode node)) {
            return;
        }
        if (node.has("properties") && !node.has("additionalProperties")
                && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(ManifestSchemas::strict);
        strict(node.path("items"));
        strict(node.path("additionalProperties"));
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            node.path(combinator).forEach(ManifestSchemas::strict);
        }
    }

    /** The fabric8 model keeps a field it does not know in additionalProperties: there, it is a misspelling. */
    private static void unknownFields(Object bound, String path, List<String> problems) {
        if (bound == null || !bound.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : bound.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(bound);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(field -> problems.add("unknown field " + path + "." + field));
            } else if (value instanceof Collection<?> items) {
                int i = 0;
                for (Object item : items) {
                    unknownFields(item, path + "." + property(getter) + "[" + i++ + "]", problems);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> unknownFields(v, path + "." + property(getter) + "." + k, problems));
            } else {
                unknownFields(value, path + "." + property(getter), problems);
            }
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
