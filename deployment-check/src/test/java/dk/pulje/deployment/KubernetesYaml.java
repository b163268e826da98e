package dk.pulje.deployment;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads Kubernetes objects from YAML as the API server would: each as the type its {@code apiVersion} and
 * {@code kind} name, refusing a field the type does not have and a value of the wrong kind (a number where the API
 * wants text). fabric8's model keeps unknown fields aside in {@code additionalProperties}; here that is switched off,
 * so a misspelt field fails instead of vanishing.
 */
final class KubernetesYaml {

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual,
                    text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(MapperConfig<?> config, Annotated annotated) {
                    return false;
                }
            })
            .build();

    private KubernetesYaml() {}

    /** Every document of the file, each as its Kubernetes type. */
    static List<HasMetadata> read(Path file) throws IOException {
        List<HasMetadata> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            if (document != null) {
                objects.add(object(document, file.toString()));
            }
        }
        return objects;
    }

    /** One document. */
    static HasMetadata read(String yaml) {
        return object(new Yaml().load(yaml), "the text");
    }

    private static HasMetadata object(Object document, String source) {
        if (!(document instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException(source + " holds a document that is no Kubernetes object");
        }
        String type = fields.get("apiVersion") + "/" + fields.get("kind");
        Class<? extends HasMetadata> javaType = TYPES.get(type);
        if (javaType == null) {
            throw new IllegalArgumentException(source + ": no Kubernetes type " + type + " is known here");
        }
        try {
            return STRICT.convertValue(fields, javaType);
        } catch (RuntimeException invalid) {
            throw new IllegalArgumentException(source + ": not a valid " + type + ": " + invalid.getMessage(), invalid);
        }
    }
}
