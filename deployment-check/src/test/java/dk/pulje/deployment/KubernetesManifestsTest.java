package dk.pulje.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manifests in deploy/kubernetes, read strictly as Kubernetes API types (see {@link KubernetesYaml}), and checked
 * against each other: what kubectl accepts but a cluster would only show as pods that never start or get no traffic.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("..", "deploy", "kubernetes");
    private static final Set<String> APPS = Set.of("command-side", "query-side");

    private static List<HasMetadata> base;
    private static Kustomization demo;
    private static Secret exampleSecret;

    @BeforeAll
    static void read() throws IOException {
        base = Kustomization.read(KUBERNETES.resolve("base")).resources();
        demo = Kustomization.read(KUBERNETES.resolve("overlays/demo"));
        exampleSecret = (Secret)
                KubernetesYaml.read(KUBERNETES.resolve("secret.example.yaml")).get(0);
    }

    @Test
    void the_base_holds_the_database_axon_server_and_both_apps_and_no_secret() {
        assertThat(names(StatefulSet.class)).containsExactlyInAnyOrder("postgres", "axonserver");
        assertThat(names(Deployment.class)).containsExactlyInAnyOrderElementsOf(APPS);
        assertThat(names(PodDisruptionBudget.class)).containsExactlyInAnyOrderElementsOf(APPS);
        assertThat(names(Secret.class)).as("keys are never committed").isEmpty();
    }

    @Test
    void each_app_runs_two_non_root_nodes_with_probes_limits_and_a_disruption_budget() {
        for (Deployment app : all(Deployment.class)) {
            String name = app.getMetadata().getName();
            assertThat(app.getSpec().getReplicas()).as(name).isEqualTo(2);
            assertThat(selects(app.getSpec().getSelector(), app.getSpec().getTemplate()))
                    .as(name)
                    .isTrue();
            for (Container container : app.getSpec().getTemplate().getSpec().getContainers()) {
                assertThat(httpPath(container.getReadinessProbe())).as(name).isEqualTo("/actuator/health/readiness");
                assertThat(httpPath(container.getLivenessProbe())).as(name).isEqualTo("/actuator/health/liveness");
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                        .as(name)
                        .isTrue();
            }
            List<PodDisruptionBudget> budgets = all(PodDisruptionBudget.class).stream()
                    .filter(budget -> selects(
                            budget.getSpec().getSelector(), app.getSpec().getTemplate()))
                    .toList();
            assertThat(budgets).as(name + "'s disruption budget").hasSize(1);
            assertThat(budgets.get(0).getSpec().getMinAvailable().getIntVal())
                    .as(name)
                    .isPositive()
                    .isLessThan(app.getSpec().getReplicas());
        }
    }

    @Test
    void every_pod_runs_as_a_user_other_than_root_within_its_requests_and_limits() {
        for (PodTemplateSpec pod : pods()) {
            PodSecurityContext security = pod.getSpec().getSecurityContext();
            String name = pod.getMetadata().getLabels().get("app.kubernetes.io/name");
            assertThat(security.getRunAsNonRoot()).as(name).isTrue();
            assertThat(security.getRunAsUser()).as(name).isPositive();
            assertThat(pod.getSpec().getAutomountServiceAccountToken()).as(name).isFalse();
            for (Container container : pod.getSpec().getContainers()) {
                assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                        .as(name)
                        .isFalse();
                assertThat(container.getSecurityContext().getCapabilities().getDrop())
                        .as(name)
                        .containsExactly("ALL");
                assertThat(container.getReadinessProbe())
                        .as(name + "'s readiness")
                        .isNotNull();
                assertThat(container.getLivenessProbe())
                        .as(name + "'s liveness")
                        .isNotNull();
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(requests).as(name + " requests").containsKey(resource);
                    assertThat(limits).as(name + " limits").containsKey(resource);
                    assertThat(requests.get(resource).getNumericalAmount())
                            .as(name + " " + resource)
                            .isLessThanOrEqualTo(limits.get(resource).getNumericalAmount());
                }
            }
        }
    }

    @Test
    void every_probe_and_service_reaches_a_port_its_container_listens_on() {
        for (PodTemplateSpec pod : pods()) {
            for (Container container : pod.getSpec().getContainers()) {
                for (Probe probe : Stream.of(
                                container.getStartupProbe(),
                                container.getReadinessProbe(),
                                container.getLivenessProbe())
                        .filter(Objects::nonNull)
                        .toList()) {
                    IntOrString port = probe.getHttpGet() != null
                            ? probe.getHttpGet().getPort()
                            : probe.getTcpSocket() != null
                                    ? probe.getTcpSocket().getPort()
                                    : null;
                    if (port != null) {
                        assertThat(listensOn(container, port))
                                .as(container.getName() + " probes " + port)
                                .isTrue();
                    }
                }
            }
        }
        for (Service service : all(Service.class)) {
            List<PodTemplateSpec> selected = pods().stream()
                    .filter(pod -> selects(service.getSpec().getSelector(), pod))
                    .toList();
            assertThat(selected)
                    .as(service.getMetadata().getName() + " selects pods")
                    .isNotEmpty();
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(selected)
                        .as(service.getMetadata().getName() + " " + port.getName())
                        .allMatch(pod -> pod.getSpec().getContainers().stream()
                                .anyMatch(container -> listensOn(container, port.getTargetPort())));
            }
        }
    }

    @Test
    void each_app_listens_where_its_settings_say() {
        Map<String, String> ports = Map.of("command-side", "PULJE_COMMAND_PORT", "query-side", "PULJE_QUERY_PORT");
        for (Deployment app : all(Deployment.class)) {
            Container container =
                    app.getSpec().getTemplate().getSpec().getContainers().get(0);
            String port = environment(container).get(ports.get(app.getMetadata().getName()));
            assertThat(container.getPorts())
                    .extracting(ContainerPort::getContainerPort)
                    .containsExactly(Integer.valueOf(port));
        }
    }

    @Test
    void stateful_sets_budgets_and_network_policies_name_what_exists() {
        for (StatefulSet set : all(StatefulSet.class)) {
            assertThat(names(Service.class))
                    .as(set.getMetadata().getName())
                    .contains(set.getSpec().getServiceName());
            Set<String> mounted = new HashSet<>();
            set.getSpec()
                    .getTemplate()
                    .getSpec()
                    .getContainers()
                    .forEach(container -> container.getVolumeMounts().forEach(mount -> mounted.add(mount.getName())));
            set.getSpec()
                    .getVolumeClaimTemplates()
                    .forEach(claim ->
                            assertThat(mounted).contains(claim.getMetadata().getName()));
        }
        for (NetworkPolicy policy : all(NetworkPolicy.class)) {
            List<PodTemplateSpec> protectedPods = pods().stream()
                    .filter(pod -> selects(policy.getSpec().getPodSelector(), pod))
                    .toList();
            assertThat(protectedPods).as(policy.getMetadata().getName()).isNotEmpty();
            policy.getSpec().getIngress().forEach(rule -> {
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(pods())
                            .as(policy.getMetadata().getName() + " lets in")
                            .anyMatch(pod -> selects(peer.getPodSelector(), pod));
                }
                for (NetworkPolicyPort port : rule.getPorts()) {
                    assertThat(protectedPods)
                            .allMatch(pod -> pod.getSpec().getContainers().stream()
                                    .anyMatch(container -> listensOn(container, port.getPort())));
                }
            });
        }
    }

    @Test
    void every_setting_and_key_a_pod_reads_is_there() {
        Set<String> secretKeys = exampleSecret.getStringData().keySet();
        for (PodTemplateSpec pod : pods()) {
            for (Container container : pod.getSpec().getContainers()) {
                for (EnvFromSource source :
                        Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
                    assertThat(source.getSecretRef())
                            .as("keys are named one by one")
                            .isNull();
                    assertThat(names(ConfigMap.class))
                            .contains(source.getConfigMapRef().getName());
                }
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() == null) {
                        continue;
                    }
                    var secret = variable.getValueFrom().getSecretKeyRef();
                    if (secret != null) {
                        assertThat(secret.getName())
                                .as(variable.getName())
                                .isEqualTo(exampleSecret.getMetadata().getName());
                        assertThat(secretKeys).as(variable.getName()).contains(secret.getKey());
                    }
                    var setting = variable.getValueFrom().getConfigMapKeyRef();
                    if (setting != null) {
                        assertThat(configMap(setting.getName()).getData())
                                .as(variable.getName())
                                .containsKey(setting.getKey());
                    }
                }
            }
        }
        assertThat(demo.generatedSecrets()).singleElement().satisfies(secret -> {
            assertThat(secret.getMetadata().getName())
                    .isEqualTo(exampleSecret.getMetadata().getName());
            assertThat(secret.getStringData().keySet()).isEqualTo(secretKeys);
        });
    }

    @Test
    void each_app_gets_every_setting_the_compose_deployment_gives_it() throws Exception {
        ComposeFile compose = ComposeFile.read();
        Set<String> fromImage = ImageEnvironment.read().keySet();
        assertThat(fromImage).contains("JAVA_TOOL_OPTIONS", "PULJE_DATA_DIR");
        // The mail catcher and Jaeger (with every trace sampled for it) are compose's own; seed pools are loaded on one
        // compose node, on both here (overlays/demo).
        Set<String> composeOnly = Set.of(
                "SPRING_MAIL_HOST",
                "SPRING_MAIL_PORT",
                "PULJE_DEMO_LOAD_SEED_POOLS",
                "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                "MANAGEMENT_TRACING_SAMPLING_PROBABILITY",
                // The cluster's documents go to its own object store, set where the cluster's S3 is known
                // (docs/operations.md); the base keeps the files store.
                "PULJE_DOCUMENTS_STORE",
                "PULJE_DOCUMENTS_S3_ENDPOINT",
                "PULJE_DOCUMENTS_S3_BUCKET",
                "PULJE_DOCUMENTS_S3_ACCESS_KEY",
                "PULJE_DOCUMENTS_S3_SECRET_KEY",
                // So does its malware scanner: compose runs ClamAV beside the apps; the cluster names its own.
                "PULJE_DOCUMENTS_CLAMAV_HOST",
                "PULJE_DOCUMENTS_CLAMAV_PORT");
        for (Deployment app : all(Deployment.class)) {
            String node = app.getMetadata().getName().replace("-side", "") + "-1";
            Set<String> given = new HashSet<>(environment(app.getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .get(0))
                    .keySet());
            given.addAll(fromImage);
            assertThat(given)
                    .as(app.getMetadata().getName())
                    .containsAll(compose.environment(node).keySet().stream()
                            .filter(variable -> !composeOnly.contains(variable))
                            .toList());
        }
    }

    @Test
    void the_settings_name_the_services_there_are() {
        Map<String, String> settings = configMap("pulje-settings").getData();
        URI database = URI.create(settings.get("PULJE_DATABASE_URL").substring("jdbc:".length()));
        assertThat(servicePorts(database.getHost())).contains(database.getPort());
        assertThat(database.getPath()).isEqualTo("/" + settings.get("PULJE_DATABASE_NAME"));
        String[] axonServer = settings.get("AXON_SERVER").split(":");
        assertThat(servicePorts(axonServer[0])).contains(Integer.valueOf(axonServer[1]));
    }

    @Test
    void the_apps_run_the_images_maven_builds_for_this_version() {
        for (Deployment app : all(Deployment.class)) {
            assertThat(app.getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .get(0)
                            .getImage())
                    .isEqualTo("pulje/" + app.getMetadata().getName() + ":" + System.getProperty("pulje.version"));
        }
    }

    @Test
    void only_the_demo_overlay_asks_for_the_demo_and_it_patches_what_the_base_has() throws IOException {
        assertThat(configMap("pulje-settings").getData().get("SPRING_PROFILES_ACTIVE"))
                .doesNotContain("demo");

        List<HasMetadata> patches = demo.patches();
        assertThat(patches)
                .isNotEmpty()
                .allSatisfy(patch -> assertThat(base)
                        .anyMatch(object -> object.getKind().equals(patch.getKind())
                                && object.getMetadata()
                                        .getName()
                                        .equals(patch.getMetadata().getName())));
        assertThat(patches)
                .filteredOn(patch -> patch instanceof ConfigMap)
                .extracting(patch -> ((ConfigMap) patch).getData().get("SPRING_PROFILES_ACTIVE"))
                .containsExactly(configMap("pulje-settings").getData().get("SPRING_PROFILES_ACTIVE") + ",demo");
        assertThat(demo.resources()).hasSameSizeAs(base);
    }

    /** What the container's environment holds: its own variables with values and the ConfigMaps it takes whole. */
    private static Map<String, String> environment(Container container) {
        Map<String, String> environment = new HashMap<>();
        for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
            if (source.getConfigMapRef() != null) {
                environment.putAll(configMap(source.getConfigMapRef().getName()).getData());
            }
        }
        container.getEnv().forEach(variable -> environment.put(variable.getName(), variable.getValue()));
        return environment;
    }

    private static boolean listensOn(Container container, IntOrString port) {
        return container.getPorts().stream()
                .anyMatch(listening -> port.getStrVal() != null
                        ? port.getStrVal().equals(listening.getName())
                        : port.getIntVal().equals(listening.getContainerPort()));
    }

    private static String httpPath(Probe probe) {
        return probe == null || probe.getHttpGet() == null
                ? null
                : probe.getHttpGet().getPath();
    }

    private static boolean selects(LabelSelector selector, PodTemplateSpec pod) {
        return selector != null && selects(selector.getMatchLabels(), pod);
    }

    private static boolean selects(Map<String, String> labels, PodTemplateSpec pod) {
        return labels != null
                && !labels.isEmpty()
                && pod.getMetadata().getLabels().entrySet().containsAll(labels.entrySet());
    }

    private static List<PodTemplateSpec> pods() {
        List<PodTemplateSpec> pods = new ArrayList<>();
        all(Deployment.class)
                .forEach(deployment -> pods.add(deployment.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(set -> pods.add(set.getSpec().getTemplate()));
        return pods;
    }

    private static List<Integer> servicePorts(String service) {
        return all(Service.class).stream()
                .filter(candidate -> candidate.getMetadata().getName().equals(service))
                .flatMap(candidate -> candidate.getSpec().getPorts().stream())
                .map(ServicePort::getPort)
                .toList();
    }

    private static ConfigMap configMap(String name) {
        return all(ConfigMap.class).stream()
                .filter(map -> map.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ConfigMap " + name));
    }

    private static List<String> names(Class<? extends HasMetadata> type) {
        return all(type).stream().map(object -> object.getMetadata().getName()).toList();
    }

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return base.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
