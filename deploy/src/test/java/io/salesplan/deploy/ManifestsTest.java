package io.salesplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.salesplan.deploy.CustomResources.Cluster;
import io.salesplan.deploy.CustomResources.Database;
import io.salesplan.deploy.CustomResources.GenericKafkaListener;
import io.salesplan.deploy.CustomResources.Kafka;
import io.salesplan.deploy.CustomResources.KafkaNodePool;
import io.salesplan.deploy.CustomResources.KafkaTopic;
import io.salesplan.deploy.CustomResources.ProcessRole;
import io.salesplan.deploy.CustomResources.RoleConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every overlay in deploy/k8s/overlays and checks what operations teams rely on: every
 * object is a valid API object, and each service is deployed the way its own configuration needs.
 */
class ManifestsTest {

    /** The API prefixes of DESIGN.md §5 and the service that owns each. */
    private static final Map<String, String> API_PREFIXES = orderedMap(
            "/api/v1/teams", "goals-service",
            "/api/v1/reps", "goals-service",
            "/api/v1/goals", "goals-service",
            "/api/v1/pipelines", "pipeline-service",
            "/api/v1/accounts", "pipeline-service",
            "/api/v1/opportunities", "pipeline-service",
            "/api/v1/activities", "activity-service",
            "/api/v1/tasks", "activity-service",
            "/api/v1/reps/{id}/agenda", "activity-service",
            "/api/v1/reviews", "review-service",
            "/api/v1/retrospectives", "review-service",
            "/api/v1/forecasts", "review-service");

    /** Which services' topics each service consumes (DESIGN.md §2). */
    private static final Map<String, List<String>> CONSUMES = Map.of(
            "goals-service", List.of("review-service"),
            "pipeline-service", List.of("goals-service"),
            "activity-service", List.of("goals-service", "pipeline-service"),
            "review-service", List.of("goals-service", "pipeline-service", "activity-service"));

    private static final String SERVICE_POD = "app.kubernetes.io/component";

    private static final Set<String> OUTBOX_TOPICS = ServiceConfig.SERVICES.stream()
            .map(s -> ServiceConfig.load(s).outboxTopic()).collect(Collectors.toSet());

    private static final Map<String, List<Object>> RENDERED = new ConcurrentHashMap<>();

    static List<String> overlays() {
        return Manifests.overlays();
    }

    private static List<Object> objects(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Manifests.parse(Manifests.render(o)));
    }

    private static <T> List<T> all(String overlay, Class<T> type) {
        return objects(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> T named(String overlay, Class<T> type, String name) {
        return all(overlay, type).stream().filter(o -> name.equals(Manifests.metadata(o).getName())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + type.getSimpleName() + " named " + name));
    }

    private static boolean production(String overlay) {
        return !overlay.equals("dev");
    }

    @Test
    void theDevAndProdOverlaysExist() {
        assertThat(overlays()).contains("dev", "prod");
    }

    @Test
    void aFieldThatIsNotPartOfItsTypeFailsTheParse() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: x
                spec:
                  replica: 2
                """;
        assertThatFails(yaml, ".spec.replica");
        assertThatFails("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                spec:
                  partitions: "12"
                  replicas: 3
                """, "partitions");
        assertThatFails("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata:
                  name: c
                spec:
                  instances: 3
                  storage:
                    size: 1Gi
                  storageSize: 1Gi
                """, "storageSize");
    }

    private static void assertThatFails(String yaml, String mentioning) {
        try {
            Manifests.parse(yaml);
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains(mentioning);
            return;
        }
        fail("parsed without error: " + yaml);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectParsesStrictlyAndNoSecretValueIsCommitted(String overlay) {
        assertThat(objects(overlay)).isNotEmpty();
        assertThat(all(overlay, Secret.class)).as("Secrets are created in the cluster, never rendered from git").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsDeploymentServiceConfigAutoscalerAndDisruptionBudget(String overlay) {
        for (String service : ServiceConfig.DEPLOYED) {
            Deployment deployment = named(overlay, Deployment.class, service);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            // the cockpit is no "service": the database and Kafka admit component=service pods only
            String component = service.equals(ServiceConfig.WEB) ? "frontend" : "service";
            assertThat(podLabels).containsEntry(SERVICE_POD, component).containsEntry("app.kubernetes.io/part-of", "salesplan");
            assertThat(deployment.getSpec().getReplicas()).as("%s: the autoscaler owns the replica count", service).isNull();
            assertThat(selects(deployment.getSpec().getSelector(), podLabels)).isTrue();

            named(overlay, ConfigMap.class, service + "-config");
            ServiceAccount account = named(overlay, ServiceAccount.class, service);
            assertThat(account.getAutomountServiceAccountToken()).isFalse();
            assertThat(deployment.getSpec().getTemplate().getSpec().getServiceAccountName()).isEqualTo(service);

            Service svc = named(overlay, Service.class, service);
            assertThat(svc.getSpec().getSelector()).isNotEmpty();
            assertThat(podLabels).containsAllEntriesOf(svc.getSpec().getSelector());
            int port = ServiceConfig.load(service).httpPort();
            assertThat(svc.getSpec().getPorts()).anySatisfy(p -> {
                assertThat(p.getName()).isEqualTo("http");
                assertThat(p.getPort()).isEqualTo(port);
                assertThat(containerPort(deployment, p.getTargetPort())).isEqualTo(port);
            });

            HorizontalPodAutoscaler hpa = named(overlay, HorizontalPodAutoscaler.class, service);
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service);
            assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            assertThat(hpa.getSpec().getMetrics()).isNotEmpty();
            if (production(overlay)) {
                assertThat(hpa.getSpec().getMinReplicas()).as("%s: survives losing a pod", service).isGreaterThanOrEqualTo(2);
            } else {
                assertThat(hpa.getSpec().getMinReplicas()).as("%s: one replica in dev", service).isEqualTo(1);
            }

            PodDisruptionBudget pdb = named(overlay, PodDisruptionBudget.class, service);
            assertThat(selects(pdb.getSpec().getSelector(), podLabels)).as("%s: the PDB selects its pods", service).isTrue();
            IntOrString maxUnavailable = pdb.getSpec().getMaxUnavailable();
            IntOrString minAvailable = pdb.getSpec().getMinAvailable();
            assertThat(maxUnavailable != null || minAvailable != null).isTrue();
            if (minAvailable != null && minAvailable.getIntVal() != null) {
                assertThat(minAvailable.getIntVal()).as("%s: a drain can always proceed", service)
                        .isLessThan(hpa.getSpec().getMinReplicas());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void probesWatchTheThreeHealthEndpointsOnTheServicePort(String overlay) {
        for (String service : ServiceConfig.DEPLOYED) {
            Deployment deployment = named(overlay, Deployment.class, service);
            Container c = container(deployment);
            int port = ServiceConfig.load(service).httpPort();
            assertProbe(deployment, c.getStartupProbe(), "/q/health/started", port);
            assertProbe(deployment, c.getLivenessProbe(), "/q/health/live", port);
            assertProbe(deployment, c.getReadinessProbe(), "/q/health/ready", port);
        }
    }

    private static void assertProbe(Deployment deployment, Probe probe, String path, int port) {
        String name = deployment.getMetadata().getName();
        assertThat(probe).as("%s: probe on %s", name, path).isNotNull();
        assertThat(probe.getHttpGet()).as("%s: HTTP probe on %s", name, path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(containerPort(deployment, probe.getHttpGet().getPort())).as("%s: probe port", name).isEqualTo(port);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void containersHaveRequestsAndLimitsAndRunLockedDown(String overlay) {
        for (String service : ServiceConfig.DEPLOYED) {
            Duration shutdown = Duration.parse(ServiceConfig.load(service).prod("quarkus.shutdown.timeout"));
            Deployment deployment = named(overlay, Deployment.class, service);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container c = container(deployment);

            for (String resource : List.of("cpu", "memory")) {
                Quantity request = c.getResources().getRequests().get(resource);
                Quantity limit = c.getResources().getLimits().get(resource);
                assertThat(request).as("%s: %s request", service, resource).isNotNull();
                assertThat(limit).as("%s: %s limit", service, resource).isNotNull();
                assertThat(request.getNumericalAmount()).as("%s: %s request within the limit", service, resource)
                        .isLessThanOrEqualTo(limit.getNumericalAmount());
            }

            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s: pod runAsNonRoot", service).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as("%s: numeric non-root user", service).isPositive();
            assertThat(c.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).as("%s: read-only root", service).isTrue();
            assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).as("%s: no escalation", service).isFalse();
            assertThat(c.getSecurityContext().getCapabilities().getDrop()).contains("ALL");

            VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + ": /tmp must be writable (emptyDir)"));
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                    .orElseThrow();
            assertThat(volume.getEmptyDir()).as("%s: /tmp is an emptyDir", service).isNotNull();

            assertThat(c.getLifecycle().getPreStop().getSleep()).as("%s: preStop waits for endpoints to drain", service)
                    .isNotNull();
            long drain = c.getLifecycle().getPreStop().getSleep().getSeconds();
            assertThat(drain).isPositive();
            assertThat(pod.getTerminationGracePeriodSeconds())
                    .as("%s: grace period covers preStop (%d s) and quarkus.shutdown.timeout (%s)", service, drain, shutdown)
                    .isGreaterThan(drain + shutdown.toSeconds());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void imagesArePinnedToARegistryAndTag(String overlay) {
        for (Deployment deployment : all(overlay, Deployment.class)) {
            String image = container(deployment).getImage();
            assertThat(image).as("image of %s", deployment.getMetadata().getName())
                    .matches("[a-z0-9.\\-]+(:[0-9]+)?/.+:[A-Za-z0-9_][A-Za-z0-9_.\\-]*")
                    .doesNotEndWith(":latest");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceGetsTheEnvironmentItsConfigurationNeeds(String overlay) {
        Optional<Cluster> cnpg = all(overlay, Cluster.class).stream().findFirst();
        Kafka kafka = all(overlay, Kafka.class).get(0);
        for (String service : ServiceConfig.SERVICES) {
            ServiceConfig config = ServiceConfig.load(service);
            Deployment deployment = named(overlay, Deployment.class, service);
            Container c = container(deployment);
            Map<String, String> env = environment(overlay, c);
            Map<String, EnvVar> secretRefs = c.getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .collect(Collectors.toMap(EnvVar::getName, e -> e));

            for (ServiceConfig.Required required : config.requiredEnvironment()) {
                assertThat(env.containsKey(required.variable()) || env.containsKey(required.propertyVariable())
                        || secretRefs.containsKey(required.variable()) || secretRefs.containsKey(required.propertyVariable()))
                        .as("%s (%s): %s or %s must be set for %s", service, overlay, required.variable(),
                                required.propertyVariable(), required.property())
                        .isTrue();
            }

            String url = env.get("SALESPLAN_DB_URL");
            Matcher jdbc = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([a-z_]+)(\\?.*)?").matcher(String.valueOf(url));
            assertThat(jdbc.matches()).as("%s: SALESPLAN_DB_URL resolves to a JDBC URL, was %s", service, url).isTrue();
            assertThat(jdbc.group(3)).as("%s: its own database", service).isEqualTo(config.databaseName());

            EnvVar user = secretRefs.get("SALESPLAN_DB_USER");
            EnvVar password = secretRefs.get("SALESPLAN_DB_PASSWORD");
            assertThat(user).as("%s: SALESPLAN_DB_USER from a Secret", service).isNotNull();
            assertThat(password).as("%s: SALESPLAN_DB_PASSWORD from a Secret", service).isNotNull();
            String credentials = user.getValueFrom().getSecretKeyRef().getName();
            assertThat(password.getValueFrom().getSecretKeyRef().getName()).isEqualTo(credentials);
            assertThat(user.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("username");
            assertThat(password.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("password");
            assertThat(secretRefs).as("%s: SALESPLAN_CURSOR_SECRET from a Secret", service).containsKey("SALESPLAN_CURSOR_SECRET");

            if (cnpg.isPresent()) {
                String cluster = cnpg.get().metadata().getName();
                assertThat(jdbc.group(1)).as("%s: connects to the primary", service).isEqualTo(cluster + "-rw");
                assertThat(jdbc.group(2)).isEqualTo("5432");
                String db = config.databaseName();
                RoleConfiguration role = cnpg.get().spec().managed().roles().stream()
                        .filter(r -> r.name().equals(db)).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": no managed role " + db));
                assertThat(role.login()).isTrue();
                assertThat(role.passwordSecret().getName()).as("%s: the role's password is the service's", service)
                        .isEqualTo(credentials);
                assertThat(all(overlay, Database.class)).as("%s: database %s owned by %s", overlay, db, db)
                        .anySatisfy(d -> {
                            assertThat(d.spec().name()).isEqualTo(db);
                            assertThat(d.spec().owner()).isEqualTo(db);
                            assertThat(d.spec().cluster().getName()).isEqualTo(cluster);
                        });
            }

            GenericKafkaListener plain = kafka.spec().kafka().listeners().stream().filter(l -> !l.tls()).findFirst()
                    .orElseThrow(() -> new AssertionError("the services connect without TLS: a plain listener is needed"));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS"))
                    .isEqualTo(kafka.metadata().getName() + "-kafka-bootstrap:" + plain.port());

            assertThat(env.get("SALESPLAN_CORS_ORIGINS")).as("%s: CORS origins", service).isNotBlank();
            for (String origin : env.get("SALESPLAN_CORS_ORIGINS").split(",")) {
                assertThat(origin).matches("https?://[a-z0-9.\\-]+(:\\d+)?");
            }

            for (Map.Entry<String, String> e : env.entrySet()) {
                Matcher http = Pattern.compile("http://([a-z0-9\\-]+):(\\d+)").matcher(e.getValue());
                if (http.matches()) {
                    Service target = named(overlay, Service.class, http.group(1));
                    assertThat(target.getSpec().getPorts()).as("%s: %s points at a port of %s", service, e.getKey(), http.group(1))
                            .anyMatch(p -> p.getPort() == Integer.parseInt(http.group(2)));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void databaseConnectionsFitTheServer(String overlay) {
        Optional<Cluster> cnpg = all(overlay, Cluster.class).stream().findFirst();
        if (cnpg.isEmpty()) {
            return;
        }
        int total = 0;
        for (String service : ServiceConfig.SERVICES) {
            HorizontalPodAutoscaler hpa = named(overlay, HorizontalPodAutoscaler.class, service);
            Map<String, String> env = environment(overlay, container(named(overlay, Deployment.class, service)));
            String pool = env.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                    ServiceConfig.load(service).prod("quarkus.datasource.jdbc.max-size"));
            total += hpa.getSpec().getMaxReplicas() * Integer.parseInt(pool);
        }
        int max = Integer.parseInt(cnpg.get().spec().postgresql().parameters().get("max_connections"));
        assertThat(total + 10).as("%s: every replica's pool at its maximum, plus 10 for superuser and replication", overlay)
                .isLessThanOrEqualTo(max);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void topicsMatchTheServicesOutboxTopicsAndAreSizedForTheirConsumers(String overlay) {
        Kafka kafka = all(overlay, Kafka.class).get(0);
        List<KafkaTopic> topics = all(overlay, KafkaTopic.class);
        Set<String> expected = new TreeSet<>();
        for (String service : ServiceConfig.SERVICES) {
            String topic = ServiceConfig.load(service).outboxTopic();
            expected.add(topic);
            expected.add(topic + ".dlt");
        }
        Set<String> declared = topics.stream().map(KafkaTopic::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).as("%s: a topic and a dead-letter topic per salesplan.outbox.topic", overlay).isEqualTo(expected);

        int brokers = all(overlay, KafkaNodePool.class).stream().filter(p -> p.spec().roles().contains(ProcessRole.BROKER))
                .mapToInt(p -> p.spec().replicas()).sum();
        for (KafkaTopic topic : topics) {
            assertThat(topic.metadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.metadata().getName());
            if (!topic.name().endsWith(".dlt")) {
                // the read model is rebuilt by replaying the event topics from their first event
                assertThat(String.valueOf(topic.spec().config().get("retention.ms")))
                        .as("%s keeps its whole history", topic.name()).isEqualTo("-1");
                assertThat(String.valueOf(topic.spec().config().getOrDefault("cleanup.policy", "delete")))
                        .as("%s is not compacted (compaction drops stage moves)", topic.name()).isEqualTo("delete");
            }
            int minIsr = Integer.parseInt(String.valueOf(topic.spec().config().get("min.insync.replicas")));
            assertThat(topic.spec().replicas()).as("%s replicas", topic.name()).isLessThanOrEqualTo(brokers);
            if (production(overlay)) {
                assertThat(topic.spec().replicas()).as("%s replicas", topic.name()).isEqualTo(3);
                assertThat(minIsr).as("%s min.insync.replicas", topic.name()).isEqualTo(2);
            } else {
                assertThat(minIsr).isLessThanOrEqualTo(topic.spec().replicas());
            }
        }

        for (Map.Entry<String, List<String>> consumer : CONSUMES.entrySet()) {
            int maxReplicas = named(overlay, HorizontalPodAutoscaler.class, consumer.getKey()).getSpec().getMaxReplicas();
            Set<String> consumed = new TreeSet<>(consumedTopicsInSources(consumer.getKey()));
            consumer.getValue().forEach(publisher -> consumed.add(ServiceConfig.load(publisher).outboxTopic()));
            for (String name : consumed) {
                KafkaTopic topic = topics.stream().filter(t -> t.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": " + consumer.getKey() + " consumes " + name
                                + ", which no KafkaTopic declares (automatic topic creation is off)"));
                assertThat(topic.spec().partitions())
                        .as("%s: %s scales to %d replicas, each needs a partition of %s", overlay, consumer.getKey(),
                                maxReplicas, name)
                        .isGreaterThanOrEqualTo(maxReplicas);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaIsKraftWithTheNodeCountOfTheOverlay(String overlay) {
        List<Kafka> kafkas = all(overlay, Kafka.class);
        assertThat(kafkas).hasSize(1);
        Kafka kafka = kafkas.get(0);
        List<KafkaNodePool> pools = all(overlay, KafkaNodePool.class);
        assertThat(pools).allSatisfy(p -> assertThat(p.metadata().getLabels())
                .containsEntry("strimzi.io/cluster", kafka.metadata().getName()));
        int controllers = pools.stream().filter(p -> p.spec().roles().contains(ProcessRole.CONTROLLER))
                .mapToInt(p -> p.spec().replicas()).sum();
        int brokers = pools.stream().filter(p -> p.spec().roles().contains(ProcessRole.BROKER))
                .mapToInt(p -> p.spec().replicas()).sum();
        assertThat(controllers).as("KRaft controllers").isEqualTo(production(overlay) ? 3 : 1);
        assertThat(brokers).as("brokers").isEqualTo(production(overlay) ? 3 : 1);

        Map<String, Object> config = kafka.spec().kafka().config();
        assertThat(config.get("auto.create.topics.enable")).isEqualTo(false);
        int replication = production(overlay) ? 3 : 1;
        assertThat(config).containsEntry("default.replication.factor", replication)
                .containsEntry("offsets.topic.replication.factor", replication)
                .containsEntry("transaction.state.log.replication.factor", replication)
                .containsEntry("min.insync.replicas", production(overlay) ? 2 : 1);
        config.values().forEach(v -> assertThat(v).isInstanceOfAny(String.class, Number.class, Boolean.class));

        for (GenericKafkaListener listener : kafka.spec().kafka().listeners()) {
            assertThat(listener.networkPolicyPeers()).as("listener %s admits only the services", listener.name())
                    .isNotEmpty()
                    .allSatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels()).containsEntry(SERVICE_POD, "service"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresIsACloudNativePgClusterOrAnExternalServer(String overlay) {
        List<Cluster> clusters = all(overlay, Cluster.class);
        if (clusters.isEmpty()) {
            assertThat(all(overlay, Database.class)).isEmpty();
            Map<String, String> common = named(overlay, ConfigMap.class, "salesplan-common").getData();
            assertThat(common.get("SALESPLAN_DB_HOST")).as("%s: an external database host", overlay).doesNotEndWith("-rw");
            return;
        }
        assertThat(clusters).hasSize(1);
        Cluster cluster = clusters.get(0);
        assertThat(cluster.spec().instances()).isEqualTo(production(overlay) ? 3 : 1);
        if (cluster.spec().postgresql().synchronous() != null) {
            assertThat(cluster.spec().postgresql().synchronous().number()).isLessThan(cluster.spec().instances());
        }
        Set<String> databases = all(overlay, Database.class).stream().map(d -> d.spec().name()).collect(Collectors.toSet());
        assertThat(databases).containsExactlyInAnyOrderElementsOf(
                ServiceConfig.SERVICES.stream().map(s -> ServiceConfig.load(s).databaseName()).toList());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void oneIngressHostRoutesEveryApiPrefixToItsService(String overlay) {
        Map<String, String> inSources = resourcePathsInSources();
        assertThat(inSources).as("the scan finds the services' resource classes").isNotEmpty();
        Map<String, String> prefixes = new LinkedHashMap<>(API_PREFIXES);
        prefixes.putAll(inSources);
        List<Ingress> ingresses = all(overlay, Ingress.class);
        Set<String> hosts = ingresses.stream().flatMap(i -> i.getSpec().getRules().stream()).map(IngressRule::getHost)
                .collect(Collectors.toSet());
        assertThat(hosts).as("one host for the whole API").hasSize(1);
        List<HTTPIngressPath> paths = ingresses.stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(r -> r.getHttp().getPaths().stream()).toList();

        for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
            String sample = prefix.getKey().replaceAll("\\{[^}]+}", "3f1c2a8e-9d41-4c55-a3c5-0b1e6f7d2a90");
            for (String request : List.of(sample, sample + "/3f1c2a8e-9d41-4c55-a3c5-0b1e6f7d2a90")) {
                HTTPIngressPath route = route(paths, request)
                        .orElseThrow(() -> new AssertionError(overlay + ": no ingress path serves " + request));
                String service = route.getBackend().getService().getName();
                assertThat(service).as("%s: %s is served by", overlay, request).isEqualTo(prefix.getValue());
                String portName = route.getBackend().getService().getPort().getName();
                assertThat(named(overlay, Service.class, service).getSpec().getPorts())
                        .anyMatch(p -> Objects.equals(p.getName(), portName)
                                || Objects.equals(p.getPort(), route.getBackend().getService().getPort().getNumber()));
            }
        }
        assertThat(route(paths, "/q/metrics")).as("%s: /q/* stays inside the cluster", overlay).isEmpty();
        assertThat(route(paths, "/q/health/ready")).as("%s: /q/* stays inside the cluster", overlay).isEmpty();

        for (String page : List.of("/", "/config.json", "/app/main.js", "/app/views/team.js", "/webjars/chartjs/dist/chart.umd.js")) {
            HTTPIngressPath route = route(paths, page).orElseThrow(() -> new AssertionError(overlay + ": no ingress path serves " + page));
            assertThat(route.getBackend().getService().getName()).as("%s: %s is the cockpit's", overlay, page).isEqualTo(ServiceConfig.WEB);
        }
        assertThat(route(paths, "/local-sign-in")).as("%s: the local sign-in is never reachable in a cluster", overlay).isEmpty();
        assertThat(route(paths, "/local-sign-in/people")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theCockpitSignsInAtTheIssuerTheServicesTrustAndNeverWithTheLocalKey(String overlay) {
        Map<String, String> common = named(overlay, ConfigMap.class, "salesplan-common").getData();
        Container c = container(named(overlay, Deployment.class, ServiceConfig.WEB));
        Map<String, String> env = environment(overlay, c);
        assertThat(env.get("SALESPLAN_WEB_OIDC_ISSUER")).isEqualTo(common.get("SALESPLAN_JWT_ISSUER"));
        assertThat(env.get("SALESPLAN_WEB_OIDC_CLIENT_ID")).isNotBlank();
        for (String endpoint : List.of("SALESPLAN_WEB_OIDC_AUTHORIZATION_ENDPOINT", "SALESPLAN_WEB_OIDC_TOKEN_ENDPOINT")) {
            assertThat(env.get(endpoint)).as("%s: %s", overlay, endpoint).startsWith("https://");
        }
        assertThat(env.keySet()).as("%s: no local key and no proxy in a cluster (the ingress routes /api/v1)", overlay)
                .doesNotContain("SALESPLAN_WEB_LOCAL_SIGNING_KEY", "SALESPLAN_WEB_GOALS_URL", "SALESPLAN_WEB_PIPELINE_URL",
                        "SALESPLAN_WEB_ACTIVITY_URL", "SALESPLAN_WEB_REVIEW_URL");
        assertThat(c.getEnv()).as("%s: the cockpit has no secret", overlay).allSatisfy(e -> assertThat(e.getValueFrom() == null
                || e.getValueFrom().getSecretKeyRef() == null).isTrue());

        // browsers send Origin on every write; behind TLS termination the services do not see it as their own
        Set<String> origins = Set.of(common.get("SALESPLAN_CORS_ORIGINS").split(","));
        for (Ingress ingress : all(overlay, Ingress.class)) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertThat(origins).as("%s: the cockpit's origin may call the API", overlay).contains("https://" + rule.getHost());
            }
        }
    }

    /**
     * The path an ingress controller picks: Exact, then the longest matching path, with
     * ImplementationSpecific paths matched as an anchored regular expression (ingress-nginx).
     */
    private static Optional<HTTPIngressPath> route(List<HTTPIngressPath> paths, String request) {
        return paths.stream().filter(p -> matches(p, request))
                .max((a, b) -> {
                    int exact = Boolean.compare("Exact".equals(a.getPathType()), "Exact".equals(b.getPathType()));
                    return exact != 0 ? exact : Integer.compare(a.getPath().length(), b.getPath().length());
                });
    }

    private static boolean matches(HTTPIngressPath path, String request) {
        String p = path.getPath();
        return switch (path.getPathType()) {
            case "Exact" -> request.equals(p);
            case "Prefix" -> request.equals(p) || request.startsWith(p.endsWith("/") ? p : p + "/");
            case "ImplementationSpecific" -> Pattern.compile("^" + p + "(/.*)?$").matcher(request).matches();
            default -> throw new AssertionError("unknown pathType " + path.getPathType());
        };
    }

    /** Topics named in the service's event handlers ({@code topics()}), so a new subscription is sized too. */
    private static Set<String> consumedTopicsInSources(String service) {
        Set<String> found = new TreeSet<>();
        Path sources = Manifests.root().resolve(service).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return found;
        }
        Pattern literal = Pattern.compile("\"(salesplan\\.[a-z]+)\"");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("Set<String> topics()")) {
                    Matcher m = literal.matcher(source);
                    while (m.find()) {
                        if (OUTBOX_TOPICS.contains(m.group(1))) {
                            found.add(m.group(1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** Class-level @Path("/api/v1/…") of every service's resources, so a new resource cannot go unrouted. */
    private static Map<String, String> resourcePathsInSources() {
        Map<String, String> found = new HashMap<>();
        Pattern annotation = Pattern.compile("@Path\\(\"(/api/v1/[^\"]*)\"\\)");
        for (String service : ServiceConfig.SERVICES) {
            Path sources = Manifests.root().resolve(service).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = annotation.matcher(source);
                    while (m.find()) {
                        // Class-level when the class declaration comes before the next opening brace.
                        int brace = source.indexOf('{', m.end());
                        String between = source.substring(m.end(), brace < 0 ? source.length() : brace);
                        if (Pattern.compile("\\bclass\\s").matcher(between).find()) {
                            found.put(m.group(1), service);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesLetOnlyTheIngressReachServicesAndOnlyServicesReachTheDatabase(String overlay) {
        List<NetworkPolicy> policies = all(overlay, NetworkPolicy.class);
        assertThat(policies).as("%s: a default deny for ingress traffic", overlay).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).contains("Ingress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });

        for (String service : ServiceConfig.SERVICES) {
            Map<String, String> podLabels = named(overlay, Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicyPeer> peers = peersOf(policies, podLabels);
            assertThat(peers).as("%s: reachable from the ingress controller", service)
                    .anySatisfy(peer -> assertThat(peer.getNamespaceSelector()).isNotNull());
            for (NetworkPolicyPeer peer : peers) {
                assertThat(peer.getIpBlock()).as("%s: no address ranges", service).isNull();
                if (peer.getNamespaceSelector() == null) {
                    assertThat(peer.getPodSelector().getMatchLabels()).as("%s: only other Salesplan services", service)
                            .containsKey("app.kubernetes.io/name");
                    String caller = peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                    assertThat(ServiceConfig.SERVICES).contains(caller);
                } else {
                    assertThat(peer.getNamespaceSelector().getMatchLabels()).as("%s: from the ingress namespace only", service)
                            .isNotEmpty();
                }
            }
        }

        Map<String, String> webLabels = named(overlay, Deployment.class, ServiceConfig.WEB).getSpec().getTemplate().getMetadata().getLabels();
        List<NetworkPolicyPeer> webPeers = peersOf(policies, webLabels);
        assertThat(webPeers).as("%s: the cockpit is reachable from the ingress controller", overlay).isNotEmpty()
                .allSatisfy(peer -> {
                    assertThat(peer.getIpBlock()).isNull();
                    assertThat(peer.getNamespaceSelector()).as("%s: the cockpit from the ingress namespace only", overlay).isNotNull();
                    assertThat(peer.getNamespaceSelector().getMatchLabels()).isNotEmpty();
                });

        for (Cluster cluster : all(overlay, Cluster.class)) {
            Map<String, String> dbLabels = Map.of("cnpg.io/cluster", cluster.metadata().getName());
            List<NetworkPolicyPeer> peers = peersOf(policies, dbLabels);
            assertThat(peers).as("%s: the services reach the database", overlay)
                    .anySatisfy(peer -> assertThat(peer.getPodSelector().getMatchLabels()).containsEntry(SERVICE_POD, "service"));
            for (NetworkPolicyPeer peer : peers) {
                assertThat(peer.getIpBlock()).isNull();
                Map<String, String> labels = peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
                boolean fromServices = "service".equals(labels.get(SERVICE_POD));
                boolean fromInstances = cluster.metadata().getName().equals(labels.get("cnpg.io/cluster"));
                boolean fromOperator = peer.getNamespaceSelector() != null
                        && "cloudnative-pg".equals(labels.get("app.kubernetes.io/name"));
                assertThat(fromServices || fromInstances || fromOperator)
                        .as("%s: database peer %s is a service, an instance or the operator", overlay, peer).isTrue();
            }
        }
    }

    // ---- monitoring (components/monitoring; docs/operations.md) ----

    /** The alerts issue 17 asks for, each with its runbook paragraph in docs/operations.md. */
    private static final Set<String> ALERTS = Set.of("SalesplanOutboxBacklogOld", "SalesplanDeadLetters",
            "SalesplanConsumerLagGrowing", "SalesplanHighErrorRate", "SalesplanReadinessFlapping");

    private static final Pattern METRIC = Pattern.compile("\\b(salesplan_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b");

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceIsScrapedByItsServiceMonitorAndPrometheusMayReachIt(String overlay) {
        List<NetworkPolicy> policies = all(overlay, NetworkPolicy.class);
        for (String service : ServiceConfig.SERVICES) {
            CustomResources.ServiceMonitor monitor = named(overlay, CustomResources.ServiceMonitor.class, service);
            Service svc = named(overlay, Service.class, service);
            assertThat(selects(monitor.spec().selector(), svc.getMetadata().getLabels()))
                    .as("%s: the ServiceMonitor selects the Service", service).isTrue();
            assertThat(all(overlay, Service.class).stream().filter(other -> selects(monitor.spec().selector(),
                    other.getMetadata().getLabels() == null ? Map.of() : other.getMetadata().getLabels())))
                    .as("%s: and no other Service", service).hasSize(1);
            assertThat(svc.getMetadata().getLabels()).as("%s: the job label is the service's name", service)
                    .containsEntry(monitor.spec().jobLabel(), service);
            assertThat(monitor.spec().endpoints()).singleElement().satisfies(endpoint -> {
                assertThat(endpoint.port()).isEqualTo("http");
                assertThat(endpoint.path()).isEqualTo("/q/metrics");
            });
            assertThat(svc.getSpec().getPorts()).extracting(p -> p.getName()).contains("http");

            Map<String, String> podLabels = named(overlay, Deployment.class, service).getSpec().getTemplate().getMetadata().getLabels();
            assertThat(peersOf(policies, podLabels)).as("%s: Prometheus may scrape it", service).anySatisfy(peer -> {
                assertThat(peer.getNamespaceSelector()).isNotNull();
                assertThat(peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring");
                assertThat(peer.getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "prometheus");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theAlertsAreTheOnesOnCallActsOnEachWithItsRunbook(String overlay) {
        CustomResources.PrometheusRule rule = named(overlay, CustomResources.PrometheusRule.class, "salesplan");
        Map<String, CustomResources.Rule> alerts = rule.spec().groups().stream().flatMap(g -> g.rules().stream())
                .collect(Collectors.toMap(CustomResources.Rule::alert, r -> r));
        assertThat(alerts.keySet()).containsExactlyInAnyOrderElementsOf(ALERTS);
        String operations = operationsDoc();
        Set<String> anchors = anchors(operations);
        alerts.forEach((name, alert) -> {
            assertThat(alert.labels()).as(name).containsKey("severity");
            assertThat(alert.annotations()).as(name).containsKeys("summary", "description", "runbook_url");
            assertThat(alert.annotations().get("runbook_url")).as(name).isEqualTo("docs/operations.md#" + name.toLowerCase());
            assertThat(anchors).as("%s: its runbook paragraph in docs/operations.md", name).contains(name.toLowerCase());
            assertBalanced(name, alert.expr());
            assertDocumented(name, alert.expr(), operations);
        });
        assertThat(alerts.get("SalesplanOutboxBacklogOld").expr()).contains("salesplan_outbox_oldest_age_seconds", "> 60");
        assertThat(alerts.get("SalesplanDeadLetters").expr()).contains("increase(salesplan_inbox_dead_lettered_total[10m])", "> 0");
        assertThat(alerts.get("SalesplanConsumerLagGrowing").expr()).contains("salesplan_inbox_lag_records", "deriv(");
        assertThat(alerts.get("SalesplanConsumerLagGrowing").holdsFor()).isEqualTo("10m");
        assertThat(alerts.get("SalesplanHighErrorRate").expr()).contains("status=~\"5..\"", "> 0.01");
        assertThat(alerts.get("SalesplanReadinessFlapping").expr()).contains("changes(kube_pod_status_ready");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theDashboardIsAConfigMapGrafanasSidecarLoadsWithAPanelForEveryDocumentedMetric(String overlay) throws IOException {
        ConfigMap dashboard = named(overlay, ConfigMap.class, "salesplan-dashboard");
        assertThat(dashboard.getMetadata().getLabels()).containsEntry("grafana_dashboard", "1");
        assertThat(dashboard.getData()).hasSize(1);
        Map.Entry<String, String> file = dashboard.getData().entrySet().iterator().next();
        assertThat(file.getKey()).endsWith(".json");
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.getValue());
        assertThat(json.path("uid").asText()).isNotBlank();
        List<String> titles = new java.util.ArrayList<>();
        List<String> exprs = new java.util.ArrayList<>();
        json.path("panels").forEach(panel -> {
            titles.add(panel.path("title").asText());
            panel.path("targets").forEach(target -> exprs.add(target.path("expr").asText()));
        });
        assertThat(titles).contains("Request rate", "Latency p95", "5xx error ratio", "Consumer lag");
        String operations = operationsDoc();
        for (String expr : exprs) {
            assertBalanced("dashboard", expr);
            assertDocumented("dashboard", expr, operations);
        }
        String all = String.join("\n", exprs);
        for (String metric : documentedMetrics(operations)) {
            assertThat(all).as("the dashboard shows %s", metric).contains(metric);
        }
    }

    private static String operationsDoc() {
        try {
            return Files.readString(Manifests.root().resolve("docs/operations.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** GitHub's anchors of the document's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase().replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    /** The metrics the metrics table of docs/operations.md names (its first column, in backticks). */
    private static Set<String> documentedMetrics(String markdown) {
        Set<String> metrics = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\| `(salesplan_[a-z_]+)`").matcher(markdown);
        while (m.find()) {
            metrics.add(m.group(1));
        }
        assertThat(metrics).as("docs/operations.md lists the metrics").hasSizeGreaterThanOrEqualTo(10);
        return metrics;
    }

    /** Every Salesplan metric an expression reads is one docs/operations.md documents (a histogram by its name). */
    private static void assertDocumented(String what, String expr, String operations) {
        Set<String> documented = documentedMetrics(operations);
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            String metric = m.group(1);
            if (metric.startsWith("http_")) {
                continue;
            }
            String base = metric.replaceFirst("_(bucket|count|sum)$", "");
            assertThat(documented).as("%s: %s is documented in docs/operations.md", what, metric)
                    .containsAnyOf(metric, base);
        }
    }

    private static void assertBalanced(String what, String expr) {
        int depth = 0;
        for (char c : expr.toCharArray()) {
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            assertThat(depth).as("%s: brackets of %s", what, expr).isGreaterThanOrEqualTo(0);
        }
        assertThat(depth).as("%s: brackets of %s", what, expr).isZero();
    }

    private static List<NetworkPolicyPeer> peersOf(List<NetworkPolicy> policies, Map<String, String> podLabels) {
        return policies.stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels))
                .flatMap(p -> p.getSpec().getIngress().stream())
                .map(NetworkPolicyIngressRule::getFrom)
                .peek(from -> assertThat(from).as("an ingress rule without 'from' admits everyone").isNotEmpty())
                .flatMap(List::stream)
                .toList();
    }

    // ---- helpers ----

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).as("%s: one container", deployment.getMetadata().getName()).hasSize(1);
        return containers.get(0);
    }

    private static int containerPort(Deployment deployment, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container(deployment).getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(deployment.getMetadata().getName() + ": no port named " + port.getStrVal()));
    }

    /** A label selector with matchLabels only (what the manifests use); an empty one selects every pod. */
    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        assertThat(selector.getMatchExpressions()).as("selectors use matchLabels").isNullOrEmpty();
        Map<String, String> match = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        return labels.entrySet().containsAll(match.entrySet());
    }

    /**
     * The container's plain environment as the kubelet builds it: envFrom ConfigMaps first, then
     * env values with $(VAR) references expanded. Values from Secrets are left out.
     */
    private static Map<String, String> environment(String overlay, Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            assertThat(from.getConfigMapRef()).as("envFrom reads ConfigMaps only").isNotNull();
            env.putAll(named(overlay, ConfigMap.class, from.getConfigMapRef().getName()).getData());
        }
        for (EnvVar var : c.getEnv()) {
            if (var.getValue() != null) {
                Matcher m = Pattern.compile("\\$\\(([A-Za-z0-9_]+)\\)").matcher(var.getValue());
                StringBuilder expanded = new StringBuilder();
                while (m.find()) {
                    String value = env.get(m.group(1));
                    assertThat(value).as("%s: $(%s) in %s is defined before it", overlay, m.group(1), var.getName()).isNotNull();
                    m.appendReplacement(expanded, Matcher.quoteReplacement(value));
                }
                m.appendTail(expanded);
                env.put(var.getName(), expanded.toString());
            } else if (var.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = var.getValueFrom().getConfigMapKeyRef();
                env.put(var.getName(), named(overlay, ConfigMap.class, ref.getName()).getData().get(ref.getKey()));
            }
        }
        return env;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private record Duration(long seconds) {
        static Duration parse(String quarkus) {
            return new Duration(java.time.Duration.parse("PT" + quarkus.toUpperCase()).toSeconds());
        }

        long toSeconds() {
            return seconds;
        }

        @Override
        public String toString() {
            return seconds + " s";
        }
    }
}
