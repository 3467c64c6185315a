package io.salesplan.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.List;
import java.util.Map;

/**
 * The parts of the Strimzi and CloudNativePG custom resources that the manifests use, typed after
 * the operators' API references. fabric8 has no model for them; parsing strictly into these
 * records makes a misspelt field, a wrong type or an unknown enum value fail the build. A field
 * that the manifests start to use must be added here, after checking it in the operator's
 * reference (Strimzi {@code kafka.strimzi.io/v1}, CloudNativePG {@code postgresql.cnpg.io/v1},
 * Barman Cloud plugin {@code barmancloud.cnpg.io/v1}, Prometheus Operator {@code monitoring.coreos.com/v1}).
 */
final class CustomResources {

    private CustomResources() {
    }

    /** A custom resource as the manifests hold it: no status, a spec of a known shape. */
    interface CustomResource {
        String apiVersion();

        String kind();

        ObjectMeta metadata();
    }

    // ---- Strimzi (kafka.strimzi.io/v1) ----

    record Kafka(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) KafkaSpec spec)
            implements CustomResource {
    }

    record KafkaSpec(@JsonProperty(required = true) KafkaClusterSpec kafka, EntityOperatorSpec entityOperator) {
    }

    record KafkaClusterSpec(String version, String metadataVersion,
            @JsonProperty(required = true) List<GenericKafkaListener> listeners, Map<String, Object> config) {
    }

    enum ListenerType {
        @JsonProperty("internal") INTERNAL,
        @JsonProperty("route") ROUTE,
        @JsonProperty("loadbalancer") LOADBALANCER,
        @JsonProperty("nodeport") NODEPORT,
        @JsonProperty("ingress") INGRESS,
        @JsonProperty("cluster-ip") CLUSTER_IP
    }

    record GenericKafkaListener(@JsonProperty(required = true) String name, @JsonProperty(required = true) int port,
            @JsonProperty(required = true) ListenerType type, @JsonProperty(required = true) boolean tls,
            List<NetworkPolicyPeer> networkPolicyPeers) {
    }

    record EntityOperatorSpec(OperatorSpec topicOperator, OperatorSpec userOperator) {
    }

    record OperatorSpec(ResourceRequirements resources) {
    }

    record KafkaNodePool(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) NodePoolSpec spec)
            implements CustomResource {
    }

    enum ProcessRole {
        @JsonProperty("controller") CONTROLLER,
        @JsonProperty("broker") BROKER
    }

    record NodePoolSpec(@JsonProperty(required = true) int replicas,
            @JsonProperty(required = true) List<ProcessRole> roles, @JsonProperty(required = true) JbodStorage storage,
            ResourceRequirements resources, JvmOptions jvmOptions) {
    }

    enum StorageType {
        @JsonProperty("jbod") JBOD,
        @JsonProperty("persistent-claim") PERSISTENT_CLAIM,
        @JsonProperty("ephemeral") EPHEMERAL
    }

    record JbodStorage(@JsonProperty(required = true) StorageType type, List<SingleVolumeStorage> volumes) {
    }

    enum KraftMetadata {
        @JsonProperty("shared") SHARED
    }

    record SingleVolumeStorage(Integer id, @JsonProperty(required = true) StorageType type, String size,
            @JsonProperty("class") String storageClass, Boolean deleteClaim, KraftMetadata kraftMetadata) {
    }

    record JvmOptions(@JsonProperty("-Xms") String xms, @JsonProperty("-Xmx") String xmx) {
    }

    record KafkaTopic(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) KafkaTopicSpec spec)
            implements CustomResource {

        String name() {
            return spec.topicName() != null ? spec.topicName() : metadata.getName();
        }
    }

    record KafkaTopicSpec(String topicName, @JsonProperty(required = true) int partitions,
            @JsonProperty(required = true) int replicas, Map<String, Object> config) {
    }

    // ---- CloudNativePG (postgresql.cnpg.io/v1) ----

    record Cluster(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) ClusterSpec spec)
            implements CustomResource {
    }

    enum PrimaryUpdateStrategy {
        @JsonProperty("unsupervised") UNSUPERVISED,
        @JsonProperty("supervised") SUPERVISED
    }

    record ClusterSpec(@JsonProperty(required = true) int instances, String imageName,
            PrimaryUpdateStrategy primaryUpdateStrategy, @JsonProperty(required = true) StorageConfiguration storage,
            StorageConfiguration walStorage, ResourceRequirements resources, AffinityConfiguration affinity,
            PostgresConfiguration postgresql, BootstrapConfiguration bootstrap, ManagedConfiguration managed,
            List<PluginConfiguration> plugins) {
    }

    record StorageConfiguration(@JsonProperty(required = true) String size, String storageClass) {
    }

    record AffinityConfiguration(Boolean enablePodAntiAffinity, String topologyKey) {
    }

    record PostgresConfiguration(Map<String, String> parameters, SynchronousReplicaConfiguration synchronous) {
    }

    enum SynchronousMethod {
        @JsonProperty("any") ANY,
        @JsonProperty("first") FIRST
    }

    record SynchronousReplicaConfiguration(@JsonProperty(required = true) SynchronousMethod method,
            @JsonProperty(required = true) int number) {
    }

    record BootstrapConfiguration(BootstrapInitDB initdb) {
    }

    record BootstrapInitDB(String database, String owner, LocalObjectReference secret) {
    }

    record ManagedConfiguration(List<RoleConfiguration> roles) {
    }

    enum EnsureOption {
        @JsonProperty("present") PRESENT,
        @JsonProperty("absent") ABSENT
    }

    record RoleConfiguration(@JsonProperty(required = true) String name, EnsureOption ensure, Boolean login,
            LocalObjectReference passwordSecret, Integer connectionLimit, String comment) {
    }

    record PluginConfiguration(@JsonProperty(required = true) String name, Boolean isWALArchiver,
            Map<String, String> parameters) {
    }

    record Database(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) DatabaseSpec spec)
            implements CustomResource {
    }

    enum DatabaseReclaimPolicy {
        @JsonProperty("retain") RETAIN,
        @JsonProperty("delete") DELETE
    }

    record DatabaseSpec(@JsonProperty(required = true) LocalObjectReference cluster,
            @JsonProperty(required = true) String name, @JsonProperty(required = true) String owner,
            EnsureOption ensure, DatabaseReclaimPolicy databaseReclaimPolicy) {
    }

    record ScheduledBackup(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) ScheduledBackupSpec spec)
            implements CustomResource {
    }

    enum BackupMethod {
        @JsonProperty("barmanObjectStore") BARMAN_OBJECT_STORE,
        @JsonProperty("volumeSnapshot") VOLUME_SNAPSHOT,
        @JsonProperty("plugin") PLUGIN
    }

    enum BackupOwnerReference {
        @JsonProperty("none") NONE,
        @JsonProperty("self") SELF,
        @JsonProperty("cluster") CLUSTER
    }

    record ScheduledBackupSpec(@JsonProperty(required = true) String schedule, Boolean immediate,
            BackupOwnerReference backupOwnerReference, @JsonProperty(required = true) LocalObjectReference cluster,
            BackupMethod method, BackupPluginConfiguration pluginConfiguration) {
    }

    record BackupPluginConfiguration(@JsonProperty(required = true) String name) {
    }

    // ---- Barman Cloud plugin (barmancloud.cnpg.io/v1) ----

    record ObjectStore(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) ObjectStoreSpec spec)
            implements CustomResource {
    }

    record ObjectStoreSpec(String retentionPolicy, @JsonProperty(required = true) BarmanObjectStoreConfiguration configuration) {
    }

    record BarmanObjectStoreConfiguration(@JsonProperty(required = true) String destinationPath, String endpointURL,
            S3Credentials s3Credentials, CompressionConfiguration wal, CompressionConfiguration data) {
    }

    record S3Credentials(SecretKeySelector accessKeyId, SecretKeySelector secretAccessKey, Boolean inheritFromIAMRole) {
    }

    enum Compression {
        @JsonProperty("gzip") GZIP,
        @JsonProperty("bzip2") BZIP2,
        @JsonProperty("snappy") SNAPPY,
        @JsonProperty("lz4") LZ4,
        @JsonProperty("xz") XZ,
        @JsonProperty("zstd") ZSTD
    }

    record CompressionConfiguration(Compression compression) {
    }

    // ---- Prometheus Operator (monitoring.coreos.com/v1) ----

    record ServiceMonitor(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) ServiceMonitorSpec spec)
            implements CustomResource {
    }

    record ServiceMonitorSpec(String jobLabel, @JsonProperty(required = true) LabelSelector selector,
            @JsonProperty(required = true) List<ScrapeEndpoint> endpoints) {
    }

    record ScrapeEndpoint(@JsonProperty(required = true) String port, String path, String interval,
            String scrapeTimeout) {
    }

    record PrometheusRule(@JsonProperty(required = true) String apiVersion, @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) ObjectMeta metadata, @JsonProperty(required = true) PrometheusRuleSpec spec)
            implements CustomResource {
    }

    record PrometheusRuleSpec(@JsonProperty(required = true) List<RuleGroup> groups) {
    }

    record RuleGroup(@JsonProperty(required = true) String name, @JsonProperty(required = true) List<Rule> rules) {
    }

    /** An alerting rule ({@code record} rules are not used); {@code for} is how long it must hold. */
    record Rule(@JsonProperty(required = true) String alert, @JsonProperty(required = true) String expr,
            @JsonProperty("for") String holdsFor, Map<String, String> labels, Map<String, String> annotations) {
    }
}
