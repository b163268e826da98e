package dk.pulje.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

/** What kubectl would refuse is refused here too, rather than read past. */
class KubernetesYamlTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: command-side
            spec:
              replicas: 2
              selector:
                matchLabels:
                  app.kubernetes.io/name: command-side
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: command-side
                spec:
                  containers:
                    - name: command-side
                      image: pulje/command-side:0.1.0-SNAPSHOT
                      %s:
                        httpGet:
                          path: /actuator/health/readiness
                          port: %s
            """;

    @Test
    void a_deployment_as_the_api_defines_it_is_read() {
        Deployment deployment = (Deployment) KubernetesYaml.read(DEPLOYMENT.formatted("readinessProbe", "8081"));

        assertThat(deployment
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getReadinessProbe()
                        .getHttpGet()
                        .getPath())
                .isEqualTo("/actuator/health/readiness");
    }

    @Test
    void a_misspelt_field_is_refused() {
        assertThatThrownBy(() -> KubernetesYaml.read(DEPLOYMENT.formatted("readinesProbe", "8081")))
                .hasMessageContaining("readinesProbe");
    }

    @Test
    void a_value_of_the_wrong_kind_is_refused() {
        assertThatThrownBy(() -> KubernetesYaml.read(
                        DEPLOYMENT.formatted("readinessProbe", "8081").replace("replicas: 2", "replicas: two")))
                .hasMessageContaining("replicas");
        assertThatThrownBy(() -> KubernetesYaml.read("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: pulje-settings
                data:
                  PULJE_COMMAND_PORT: 8081
                """)).hasMessageContaining("PULJE_COMMAND_PORT");
    }

    @Test
    void an_object_of_an_unknown_kind_or_version_is_refused() {
        assertThatThrownBy(() -> KubernetesYaml.read(
                        DEPLOYMENT.formatted("readinessProbe", "8081").replace("apps/v1", "apps/v1beta1")))
                .hasMessageContaining("apps/v1beta1/Deployment");
    }
}
