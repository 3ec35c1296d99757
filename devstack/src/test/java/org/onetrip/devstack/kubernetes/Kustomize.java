package org.onetrip.devstack.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the part of Kustomize that deploy/kubernetes
 * uses: {@code resources} (files and directories), {@code namespace}, {@code images} and JSON 6902
 * {@code patches} by kind and name. Anything else in a kustomization is refused, so a manifest cannot use a
 * feature this check would silently skip.
 */
final class Kustomize {
    static final ObjectMapper YAML = new YAMLMapper();
    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "namespace", "images", "patches");

    private Kustomize() {
    }

    /** The resources the kustomization in {@code directory} makes, in order. */
    static List<ObjectNode> render(Path directory) {
        JsonNode kustomization = readAll(directory.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!UNDERSTOOD.contains(field)) {
                throw new IllegalArgumentException(directory + ": this check does not render '" + field + "'");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            patch(resources, patch, directory);
        }
        for (JsonNode image : kustomization.path("images")) {
            retag(resources, image);
        }
        if (kustomization.hasNonNull("namespace")) {
            resources.forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", kustomization.get("namespace").asText()));
        }
        return resources;
    }

    static List<ObjectNode> readAll(Path file) {
        try (var parser = new YAMLFactory().createParser(file.toFile())) {
            List<ObjectNode> documents = new ArrayList<>();
            YAML.readValues(parser, ObjectNode.class).forEachRemaining(document -> {
                if (document != null && !document.isEmpty()) {
                    documents.add(document);
                }
            });
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static void patch(List<ObjectNode> resources, JsonNode patch, Path directory) {
        String kind = patch.path("target").path("kind").asText();
        String name = patch.path("target").path("name").asText();
        List<ObjectNode> targets = resources.stream().filter(r -> r.path("kind").asText().equals(kind)
                && r.path("metadata").path("name").asText().equals(name)).toList();
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(directory + ": a patch for " + kind + " " + name + ", which no resource is");
        }
        try {
            JsonNode operations = YAML.readTree(patch.path("patch").asText());
            for (ObjectNode target : targets) {
                for (JsonNode operation : operations) {
                    JsonPatch.apply(target, operation);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": the patch for " + kind + " " + name, e);
        }
    }

    /** Kustomize's images: the containers whose image is {@code name} (any tag) get {@code newName:newTag}. */
    private static void retag(List<ObjectNode> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (ObjectNode resource : resources) {
            for (JsonNode container : resource.path("spec").path("template").path("spec").path("containers")) {
                String current = container.path("image").asText();
                if (current.equals(name) || current.startsWith(name + ":")) {
                    String tag = image.hasNonNull("newTag") ? image.get("newTag").asText()
                            : current.contains(":") ? current.substring(current.indexOf(':') + 1) : "latest";
                    ((ObjectNode) container).put("image", image.path("newName").asText(name) + ":" + tag);
                }
            }
        }
    }

    /** RFC 6902's add, replace and remove: what the overlays use. */
    private static final class JsonPatch {
        static void apply(ObjectNode document, JsonNode operation) {
            String path = operation.path("path").asText();
            String parentPath = path.substring(0, path.lastIndexOf('/'));
            String last = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            JsonNode parent = parentPath.isEmpty() ? document : document.at(parentPath);
            String op = operation.path("op").asText();
            if (parent.isMissingNode() || !(op.equals("add") || parent.has(last) || parent.has(index(last)))) {
                throw new IllegalArgumentException("nothing at " + path + " to " + op);
            }
            JsonNode value = operation.get("value");
            if (parent instanceof ObjectNode object) {
                switch (op) {
                    case "add", "replace" -> object.set(last, value);
                    case "remove" -> object.remove(last);
                    default -> throw new IllegalArgumentException("op " + op);
                }
            } else if (parent instanceof ArrayNode array) {
                int at = last.equals("-") ? array.size() : index(last);
                switch (op) {
                    case "add" -> array.insert(at, value);
                    case "replace" -> array.set(at, value);
                    case "remove" -> array.remove(at);
                    default -> throw new IllegalArgumentException("op " + op);
                }
            }
        }

        private static int index(String token) {
            return token.chars().allMatch(Character::isDigit) && !token.isEmpty() ? Integer.parseInt(token) : -1;
        }
    }
}
