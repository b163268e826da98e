package dk.pulje.deployment;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * A kustomization.yaml and what it lists: its resources (a directory among them is a kustomization of its own), its
 * patches and the Secrets its generator makes. Only the fields Pulje's kustomizations use are understood; any other
 * field is refused, so a misspelt one is found here rather than ignored by kubectl.
 */
final class Kustomization {

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "secretGenerator");
    private static final Set<String> PATCH_FIELDS = Set.of("path");
    private static final Set<String> SECRET_GENERATOR_FIELDS = Set.of("name", "literals");

    private final Path directory;
    private final Map<String, Object> fields;

    private Kustomization(Path directory, Map<String, Object> fields) {
        this.directory = directory;
        this.fields = fields;
    }

    static Kustomization read(Path directory) throws IOException {
        Map<String, Object> fields = new Yaml().load(Files.readString(directory.resolve("kustomization.yaml")));
        only(FIELDS, fields, directory + "/kustomization.yaml");
        require(
                "kustomize.config.k8s.io/v1beta1".equals(fields.get("apiVersion"))
                        && "Kustomization".equals(fields.get("kind")),
                directory + ": not a Kustomization");
        return new Kustomization(directory, fields);
    }

    /** Every object the kustomization builds on, its bases' included, as written (before patches). */
    List<HasMetadata> resources() throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        for (String entry : list("resources", String.class)) {
            Path resource = directory.resolve(entry).normalize();
            require(Files.exists(resource), directory + " lists " + entry + ", which does not exist");
            objects.addAll(Files.isDirectory(resource) ? read(resource).resources() : KubernetesYaml.read(resource));
        }
        return objects;
    }

    /** The patches, each read as the type of the object it patches. */
    List<HasMetadata> patches() throws IOException {
        List<HasMetadata> patches = new ArrayList<>();
        for (Map<String, Object> patch : entries("patches", PATCH_FIELDS)) {
            patches.addAll(KubernetesYaml.read(directory.resolve((String) patch.get("path"))));
        }
        return patches;
    }

    /** The Secrets the secretGenerator makes from literals (name=value). */
    List<Secret> generatedSecrets() {
        List<Secret> secrets = new ArrayList<>();
        for (Map<String, Object> generator : entries("secretGenerator", SECRET_GENERATOR_FIELDS)) {
            Map<String, String> data = new LinkedHashMap<>();
            for (Object literal : (List<?>) generator.get("literals")) {
                String text = (String) literal;
                require(text.contains("="), "a literal is name=value: " + text);
                data.put(text.substring(0, text.indexOf('=')), text.substring(text.indexOf('=') + 1));
            }
            secrets.add(new SecretBuilder()
                    .withNewMetadata()
                    .withName((String) generator.get("name"))
                    .endMetadata()
                    .withStringData(data)
                    .build());
        }
        return secrets;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries(String field, Set<String> known) {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) (List<?>) list(field, Map.class);
        entries.forEach(entry -> only(known, entry, directory + "/kustomization.yaml " + field));
        return entries;
    }

    private <T> List<T> list(String field, Class<T> type) {
        Object value = fields.getOrDefault(field, List.of());
        require(
                value instanceof List<?> list && list.stream().allMatch(type::isInstance),
                directory + "/kustomization.yaml: " + field + " is not a list of " + type.getSimpleName());
        return ((List<?>) value).stream().map(type::cast).toList();
    }

    private static void only(Set<String> known, Map<String, Object> fields, String where) {
        for (String field : fields.keySet()) {
            require(known.contains(field), where + ": unknown field " + field);
        }
    }

    private static void require(boolean condition, String otherwise) {
        if (!condition) {
            throw new IllegalArgumentException(otherwise);
        }
    }
}
