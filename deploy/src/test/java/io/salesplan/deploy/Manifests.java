package io.salesplan.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerBuilder;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders an overlay with {@code kubectl kustomize} and parses every object strictly into its API
 * type: fabric8's Kubernetes model for built-in kinds, {@link CustomResources} for the operators'.
 * Strict means that an unknown field, a value of the wrong type (no coercion of "3" into 3) or a
 * kind that the suite does not expect fails, naming the object and the field.
 */
final class Manifests {

    /** apiVersion/kind → the type it must parse into. Anything else in an overlay is an error. */
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1/Ingress", Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
            Map.entry("kafka.strimzi.io/v1/Kafka", CustomResources.Kafka.class),
            Map.entry("kafka.strimzi.io/v1/KafkaNodePool", CustomResources.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1/KafkaTopic", CustomResources.KafkaTopic.class),
            Map.entry("postgresql.cnpg.io/v1/Cluster", CustomResources.Cluster.class),
            Map.entry("postgresql.cnpg.io/v1/Database", CustomResources.Database.class),
            Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CustomResources.ScheduledBackup.class),
            Map.entry("barmancloud.cnpg.io/v1/ObjectStore", CustomResources.ObjectStore.class),
            Map.entry("monitoring.coreos.com/v1/ServiceMonitor", CustomResources.ServiceMonitor.class),
            Map.entry("monitoring.coreos.com/v1/PrometheusRule", CustomResources.PrometheusRule.class));

    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Parses without coercion; writes back without fabric8's catch-all "additionalProperties". */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addModule(new SimpleModule().setSerializerModifier(new BeanSerializerModifier() {
                @Override
                public BeanSerializerBuilder updateBuilder(SerializationConfig config, BeanDescription beanDesc,
                        BeanSerializerBuilder builder) {
                    // Jackson 2.18+ also lists the any-getter among the properties.
                    builder.setAnyGetter(null);
                    builder.setProperties(builder.getProperties().stream()
                            .filter(p -> !(p instanceof AnyGetterWriter)).toList());
                    return builder;
                }
            }))
            .build();

    private Manifests() {
    }

    static Path root() {
        String configured = System.getProperty("salesplan.root");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("").toAbsolutePath().getParent();
        if (!Files.isDirectory(root.resolve("deploy/k8s"))) {
            throw new IllegalStateException("cannot find deploy/k8s under " + root + " (set -Dsalesplan.root)");
        }
        return root;
    }

    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(root().resolve("deploy/k8s/overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kubectl to render with: $KUBECTL, or the first kubectl on the PATH. Never skipped. */
    static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new IllegalStateException(
                        "kubectl is required to check the Kubernetes manifests (it renders deploy/k8s/overlays/* with "
                                + "'kubectl kustomize'), but it is not on the PATH. Install kubectl or set KUBECTL "
                                + "to its path."));
    }

    static String render(String overlay) {
        Path dir = root().resolve("deploy/k8s/overlays").resolve(overlay);
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            try {
                Process process = new ProcessBuilder(kubectl(), "kustomize", dir.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("kubectl kustomize " + dir + " did not finish in 120 s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + dir + " failed (exit " + process.exitValue()
                            + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every object of the rendered YAML, parsed strictly into its type, in rendered order. */
    static List<Object> parse(String yaml) {
        List<Object> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                if (doc == null || doc.isNull() || doc.isMissingNode()) {
                    continue;
                }
                objects.add(parseObject(doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return objects;
    }

    static Object parseObject(JsonNode doc) {
        String key = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
        String name = key + " " + doc.path("metadata").path("name").asText("<no name>");
        Class<?> type = TYPES.get(key);
        if (type == null) {
            throw new AssertionError(name + ": not a kind the Salesplan manifests use (known: " + TYPES.keySet() + ")");
        }
        Object parsed;
        try {
            parsed = STRICT.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(name + " does not parse as " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
        JsonNode written = STRICT.valueToTree(parsed);
        diff(doc, written, "").ifPresent(path -> {
            throw new AssertionError(name + ": field " + path + " is not part of " + type.getSimpleName()
                    + " or has the wrong type");
        });
        return parsed;
    }

    /** The first path where the input differs from what the typed object writes back. */
    private static Optional<String> diff(JsonNode input, JsonNode written, String path) {
        if (input.isNumber() && written.isNumber()) {
            return input.decimalValue().compareTo(written.decimalValue()) == 0 ? Optional.empty() : Optional.of(path);
        }
        if (input.isObject() && written.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = input.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode other = written.get(field.getKey());
                String child = path + "." + field.getKey();
                if (other == null) {
                    if (isEmpty(field.getValue())) {
                        continue;
                    }
                    return Optional.of(child);
                }
                Optional<String> inner = diff(field.getValue(), other, child);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            for (Iterator<String> it = written.fieldNames(); it.hasNext();) {
                String field = it.next();
                if (!input.has(field) && !isEmpty(written.get(field))) {
                    return Optional.of(path + "." + field + " (added)");
                }
            }
            return Optional.empty();
        }
        if (input.isArray() && written.isArray()) {
            if (input.size() != written.size()) {
                return Optional.of(path);
            }
            for (int i = 0; i < input.size(); i++) {
                Optional<String> inner = diff(input.get(i), written.get(i), path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        return input.equals(written) ? Optional.empty() : Optional.of(path);
    }

    private static boolean isEmpty(JsonNode node) {
        return node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    static ObjectMeta metadata(Object object) {
        if (object instanceof io.fabric8.kubernetes.api.model.HasMetadata k8s) {
            return k8s.getMetadata();
        }
        return ((CustomResources.CustomResource) object).metadata();
    }
}
