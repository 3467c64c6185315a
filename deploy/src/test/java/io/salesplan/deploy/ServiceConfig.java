package io.salesplan.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's own configuration says the deployment must provide: read from its
 * {@code application.properties} and the shared defaults in {@code platform}, so that the manifests
 * are checked against the services as they are, not against a copy of their settings.
 */
record ServiceConfig(String name, Properties properties, Properties platformDefaults) {

    static final List<String> SERVICES = List.of("goals-service", "pipeline-service", "activity-service", "review-service");

    /** The web cockpit: deployed like a service, but it owns no data and reaches neither database nor Kafka. */
    static final String WEB = "web";

    /** Everything that runs as a Deployment of its own image: the four services and the cockpit. */
    static final List<String> DEPLOYED = List.of("goals-service", "pipeline-service", "activity-service", "review-service", WEB);

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::([^}]*))?}");

    static ServiceConfig load(String service) {
        Path root = Manifests.root();
        return new ServiceConfig(service,
                read(root.resolve(service).resolve("src/main/resources/application.properties")),
                read(root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return properties;
    }

    /** A property as production sees it: the %prod value, else the plain one, else the platform default. */
    String prod(String key) {
        for (Properties source : List.of(properties, platformDefaults)) {
            String value = source.getProperty("%prod." + key, source.getProperty(key));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    int httpPort() {
        return Integer.parseInt(prod("quarkus.http.port"));
    }

    String outboxTopic() {
        return prod("salesplan.outbox.topic");
    }

    /** The database name in the JDBC URL's local default, e.g. goals in jdbc:postgresql://127.0.0.1:15432/goals. */
    String databaseName() {
        Matcher m = REFERENCE.matcher(prod("quarkus.datasource.jdbc.url"));
        if (!m.find() || m.group(2) == null) {
            throw new IllegalStateException(name + ": quarkus.datasource.jdbc.url has no default to take the database name from");
        }
        String url = m.group(2);
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /**
     * Environment variables production needs, each with the property it feeds: every
     * {@code ${VAR}} without a default (unless VAR is a property the configuration sets itself, such as
     * {@code quarkus.application.name}) and every one whose default points at this machine
     * (127.0.0.1, localhost), in the service's properties outside the dev and test profiles. The
     * variable may also be given by the property's own environment name (MicroProfile Config's
     * mapping), e.g. SALESPLAN_ACTIVITY_GOALS_URL for salesplan.activity.goals-url.
     */
    Set<Required> requiredEnvironment() {
        Set<Required> required = new LinkedHashSet<>();
        Stream.concat(properties.stringPropertyNames().stream(), platformDefaults.stringPropertyNames().stream())
                .filter(key -> !key.startsWith("%dev.") && !key.startsWith("%test."))
                .sorted()
                .forEach(key -> {
                    String value = properties.getProperty(key, platformDefaults.getProperty(key));
                    Matcher m = REFERENCE.matcher(value);
                    while (m.find()) {
                        String fallback = m.group(2);
                        if (defines(m.group(1))) {
                            continue; // a reference to another property the configuration sets, not to the environment
                        }
                        if (fallback == null || fallback.contains("127.0.0.1") || fallback.contains("localhost")) {
                            String property = key.startsWith("%prod.") ? key.substring("%prod.".length()) : key;
                            required.add(new Required(m.group(1), property));
                        }
                    }
                });
        return required;
    }

    private boolean defines(String property) {
        return properties.getProperty(property) != null || properties.getProperty("%prod." + property) != null
                || platformDefaults.getProperty(property) != null;
    }

    record Required(String variable, String property) {

        /** MicroProfile Config's environment name for the property. */
        String propertyVariable() {
            return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
        }
    }
}
