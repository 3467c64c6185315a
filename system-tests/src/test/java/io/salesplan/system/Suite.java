package io.salesplan.system;

import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.Tokens;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole suite for the system tests, started once per test JVM: two real PostgreSQL servers
 * (activity-service gets one of its own so a test can take its database away), a real Kafka
 * broker, and the four packaged services as separate processes, configured only through their
 * environment, as in production; then the packaged web cockpit, configured as the local run
 * configures it (its proxy pointed at the four services, its "sign in as" page signing with the
 * suite's key).
 */
public final class Suite {

    public enum Service {
        GOALS("goals-service", "goals", 28081),
        PIPELINE("pipeline-service", "pipeline", 28082),
        ACTIVITY("activity-service", "activity", 28083),
        REVIEW("review-service", "review", 28084);

        final String module;
        final String database;
        final int port;

        Service(String module, String database, int port) {
            this.module = module;
            this.database = database;
            this.port = port;
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    static final Path ROOT = Path.of(System.getProperty("salesplan.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("system-tests/target/suite");
    private static final int MAIN_PG_PORT = 25432;
    private static final int ACTIVITY_PG_PORT = 25433;
    private static final int WEB_PORT = 28085;
    /** How each service's JVM is launched: a small heap, the serial collector, the default JIT. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Suite instance;
    private static Tokens tokens;

    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private Process web;
    private EmbeddedPostgres mainDb;
    private EmbeddedPostgres activityDb;
    private String kafka;

    private Suite() {
    }

    /** The signing key the suite's services trust, standing in for the organisation's identity provider. */
    public static synchronized Tokens tokens() {
        if (tokens == null) {
            tokens = Tokens.in(WORK.resolve("keys"));
        }
        return tokens;
    }

    /** The running suite; starts it on first use. */
    public static synchronized Suite get() {
        if (instance == null) {
            Suite suite = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::shutdown, "suite-stop"));
            suite.start();
            instance = suite;
        }
        return instance;
    }

    private void start() {
        try {
            Files.createDirectories(WORK.resolve("logs"));
            deleteRecursively(WORK.resolve("pg-main"));
            deleteRecursively(WORK.resolve("pg-activity"));
            mainDb = startPostgres(MAIN_PG_PORT, "main");
            activityDb = startPostgres(ACTIVITY_PG_PORT, "activity");
            createDatabases(mainDb, List.of("goals", "pipeline", "review"));
            createDatabases(activityDb, List.of("activity"));
            kafka = new KafkaTestResource().start().get("kafka.bootstrap.servers");
            for (Service service : Service.values()) {
                launch(service);
            }
            for (Service service : Service.values()) {
                awaitReady(service, Duration.ofSeconds(120));
            }
            launchWeb();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The web cockpit's base URL, e.g. http://127.0.0.1:28085. */
    public String webUrl() {
        return "http://127.0.0.1:" + WEB_PORT;
    }

    public String kafkaBootstrapServers() {
        return kafka;
    }

    /** Stops a service's process the way an orchestrator would (SIGTERM, graceful). */
    public void stop(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Starts a stopped service and returns how long it took from launch to ready. */
    public Duration start(Service service) {
        return start(service, defaultCommand(service));
    }

    /**
     * Starts a stopped service with another command line, run in the repository root (the benchmark's
     * start-up section compares the local run's JVM with the default one), and waits until it is ready.
     */
    public Duration start(Service service, List<String> command) {
        long launched = System.nanoTime();
        launch(service, command);
        awaitReady(service, Duration.ofSeconds(120));
        return Duration.ofNanos(System.nanoTime() - launched);
    }

    /** The operating-system process id of a running service. */
    public long pid(Service service) {
        return processes.get(service).pid();
    }

    /** Stops activity-service's PostgreSQL server (the service keeps running). */
    public void stopActivityDatabase() {
        try {
            activityDb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void startActivityDatabase() {
        activityDb = startPostgres(ACTIVITY_PG_PORT, "activity");
    }

    public String jdbcUrl(Service service) {
        int port = service == Service.ACTIVITY ? ACTIVITY_PG_PORT : MAIN_PG_PORT;
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + service.database;
    }

    public boolean ready(Service service) {
        return status(service.url() + "/q/health/ready") == 200;
    }

    private static List<String> defaultCommand(Service service) {
        Path app = ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build the services first (./mvnw verify builds them)");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", app.toString()));
        return command;
    }

    private void launch(Service service) {
        launch(service, defaultCommand(service));
    }

    private void launch(Service service, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("logs/" + service.module + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("SALESPLAN_DB_URL", jdbcUrl(service));
        env.put("SALESPLAN_DB_USER", "postgres");
        env.put("SALESPLAN_DB_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("SALESPLAN_CURSOR_SECRET", "system-tests");
        env.put("SALESPLAN_JWT_KEYS", tokens().publicKey().toUri().toString());
        env.put("SALESPLAN_JWT_ISSUER", Tokens.ISSUER);
        env.put("SALESPLAN_JWT_AUDIENCE", Tokens.AUDIENCE);
        env.put("SALESPLAN_PIPELINE_GOALS_URL", Service.GOALS.url());
        env.put("SALESPLAN_ACTIVITY_GOALS_URL", Service.GOALS.url());
        env.put("SALESPLAN_ACTIVITY_PIPELINE_URL", Service.PIPELINE.url());
        env.put("SALESPLAN_INBOX_INITIAL_BACKOFF", "PT0.2S");
        env.put("SALESPLAN_INBOX_MAX_BACKOFF", "PT2S");
        env.put("SALESPLAN_OUTBOX_MAX_BACKOFF", "PT2S");
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.module, e);
        }
    }

    private void launchWeb() {
        web = launchWeb(WEB_PORT, Map.of("SALESPLAN_WEB_LOCAL_SIGNING_KEY",
                tokens().publicKey().resolveSibling("private.pem").toString()));
    }

    /**
     * Starts another packaged web module on {@code port}, its proxy pointed at the services, with these
     * settings (environment variables) besides; returns once it is ready. The caller stops it.
     */
    public Process launchWeb(int port, Map<String, String> settings) {
        Path app = ROOT.resolve("web/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(app)) {
            throw new IllegalStateException(app + " is missing: build the web module first (./mvnw verify builds it)");
        }
        Path log = WORK.resolve("logs/web-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx128m", "-XX:+UseSerialGC", "-jar", app.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("SALESPLAN_WEB_GOALS_URL", Service.GOALS.url());
        env.put("SALESPLAN_WEB_PIPELINE_URL", Service.PIPELINE.url());
        env.put("SALESPLAN_WEB_ACTIVITY_URL", Service.ACTIVITY.url());
        env.put("SALESPLAN_WEB_REVIEW_URL", Service.REVIEW.url());
        env.putAll(settings);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the web module", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (status("http://127.0.0.1:" + port + "/q/health/ready") != 200) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("the web module did not become ready; see " + log);
            }
            sleep(250);
        }
        return process;
    }

    private void awaitReady(Service service, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready(service)) {
            Process process = processes.get(service);
            if (process == null || !process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(service.module + " did not become ready; see "
                        + WORK.resolve("logs/" + service.module + ".log"));
            }
            sleep(250);
        }
    }

    private static EmbeddedPostgres startPostgres(int port, String name) {
        try {
            File dataDir = WORK.resolve("pg-" + name).toFile();
            return EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL " + name + " did not start", e);
        }
    }

    private static void createDatabases(EmbeddedPostgres postgres, List<String> names) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the databases", e);
        }
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void shutdown() {
        if (web != null) {
            web.destroy();
            try {
                if (!web.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    web.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List.copyOf(processes.keySet()).forEach(this::stop);
        for (EmbeddedPostgres db : new EmbeddedPostgres[] {mainDb, activityDb}) {
            try {
                if (db != null) {
                    db.close();
                }
            } catch (IOException | RuntimeException e) {
                // the JVM is exiting
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
