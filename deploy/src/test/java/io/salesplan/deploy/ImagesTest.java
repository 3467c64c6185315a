package io.salesplan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image build cannot run here (no container engine); its dry run, its Dockerfile and its AOT training can be checked. */
class ImagesTest {

    @Test
    void buildAndPushTagsEveryServiceAndTheCockpitWithTheCommitAndUsesTheSharedDockerfile() throws Exception {
        Path root = Manifests.root();
        String sha = run(root, List.of("git", "rev-parse", "--short=12", "HEAD")).trim();
        ProcessBuilder builder = new ProcessBuilder("bash", "deploy/images/build-and-push", "--dry-run", "--allow-dirty",
                "--skip-build").directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("REGISTRY", "registry.example.com/salesplan/");
        builder.environment().put("ENGINE", "podman");
        String out = output(builder);

        for (String service : ServiceConfig.DEPLOYED) {
            assertThat(out).containsPattern("(?m)podman build -f deploy/images/Dockerfile\\.jvm --build-arg SERVICE=" + service
                            + " .*-t registry\\.example\\.com/salesplan/" + service + ":" + sha + "(-dirty)? \\. *$")
                    .containsPattern("podman push registry\\.example\\.com/salesplan/" + service + ":" + sha);
        }
    }

    @Test
    void theDockerfileRunsTheFastJarAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(Manifests.root().resolve("deploy/images/Dockerfile.jvm"));
        assertThat(dockerfile).contains("${SERVICE}/target/quarkus-app/lib/", "${SERVICE}/target/quarkus-app/app/",
                "${SERVICE}/target/quarkus-app/quarkus/", "/deployments/quarkus-run.jar").containsPattern("(?m)^USER 185$");
    }

    @Test
    void theImageStartsFromTheAotCacheItsBuildTrainedWithTheSameOptions() throws IOException {
        String dockerfile = Files.readString(Manifests.root().resolve("deploy/images/Dockerfile.jvm"));
        assertThat(dockerfile)
                .containsPattern("(?m)^FROM \\$\\{BASE_IMAGE}$").containsPattern("(?m)^ARG BASE_IMAGE=eclipse-temurin:25-")
                .contains("RUN aot-train /deployments/app.aot ${JAVA_OPTIONS} -jar /deployments/quarkus-run.jar")
                .contains("exec java ${JAVA_OPTIONS} -XX:AOTCache=/deployments/app.aot -jar /deployments/quarkus-run.jar");
        // The build context is the repository root; .dockerignore keeps it to what the image copies.
        assertThat(Files.readAllLines(Manifests.root().resolve(".dockerignore")))
                .contains("*", "!*/target/quarkus-app/", "!deploy/images/aot-train");
    }

    /**
     * The image build trains the AOT cache with no database and no broker (Dockerfile.jvm's {@code RUN aot-train}):
     * every service and the cockpit must start that way and leave a cache, or their image does not build.
     */
    @Test
    void theAotTrainingOfEveryImageEndsInACacheWithoutDatabaseOrBroker(@TempDir Path caches) throws Exception {
        Path root = Manifests.root();
        Path java = jdk25();
        for (String service : ServiceConfig.DEPLOYED) {
            Path jar = root.resolve(service + "/target/quarkus-app/quarkus-run.jar");
            assertThat(jar).as("built by ./mvnw package before this module").exists();
            Path cache = caches.resolve(service + ".aot");
            ProcessBuilder training = new ProcessBuilder("bash", "deploy/images/aot-train", cache.toString(),
                    "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-jar", jar.toString())
                    .directory(root.toFile()).redirectErrorStream(true);
            training.environment().put("JAVA", java.toString());
            output(training, 180);
            assertThat(cache).as(service).isNotEmptyFile();
        }
    }

    /** The JDK 25 or newer installed beside the default one, as the image has it. */
    private static Path jdk25() throws IOException {
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> featureVersion(jdk) >= 25).map(jdk -> jdk.resolve("bin/java"))
                    .filter(Files::isExecutable).findFirst()
                    .orElseThrow(() -> new AssertionError("the AOT training needs a JDK 25 or newer in /usr/lib/jvm"));
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String run(Path dir, List<String> command) throws Exception {
        return output(new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true));
    }

    private static String output(ProcessBuilder builder) throws Exception {
        return output(builder, 60);
    }

    private static String output(ProcessBuilder builder, int timeoutSeconds) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
