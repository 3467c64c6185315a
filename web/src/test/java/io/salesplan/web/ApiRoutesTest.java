package io.salesplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.salesplan.web.proxy.ApiRoutes;
import io.salesplan.web.proxy.Upstream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The local proxy routes like the ingress: every resource of every service reaches that service. */
class ApiRoutesTest {

    private static final String ID = "3f1c2a8e-9d41-4c55-a3c5-0b1e6f7d2a90";

    @Test
    void everyServiceResourceInTheSourcesIsRoutedToItsService() throws IOException {
        Map<String, Upstream> resources = resourcePaths();
        assertThat(resources).as("the scan finds the services' resources").hasSizeGreaterThan(10);
        resources.forEach((path, owner) -> {
            String sample = path.replaceAll("\\{[^}]+}", ID);
            assertThat(ApiRoutes.route(sample)).as(sample).contains(owner);
            assertThat(ApiRoutes.route(sample + "/" + ID)).as(sample + "/{id}").contains(owner);
        });
    }

    @Test
    void aRepsAgendaIsActivityServicesAndTheRestOfRepsIsGoalsServices() {
        assertThat(ApiRoutes.route("/api/v1/reps/" + ID + "/agenda")).contains(Upstream.ACTIVITY);
        assertThat(ApiRoutes.route("/api/v1/reps/" + ID)).contains(Upstream.GOALS);
        assertThat(ApiRoutes.route("/api/v1/reps")).contains(Upstream.GOALS);
        assertThat(ApiRoutes.route("/api/v1/reps/" + ID + "/agendas")).contains(Upstream.GOALS);
    }

    @Test
    void aPrefixIsAWholePathSegment() {
        assertThat(ApiRoutes.route("/api/v1/teamsx")).isEmpty();
        assertThat(ApiRoutes.route("/api/v1/me")).contains(Upstream.GOALS);
        assertThat(ApiRoutes.route("/api/v1/meetings")).isEmpty();
        assertThat(ApiRoutes.route("/api/v1")).isEmpty();
        assertThat(ApiRoutes.route("/q/metrics")).isEmpty();
    }

    /** Class-level @Path("/api/v1/…") of each service's resources, as deploy's ingress check reads them. */
    private static Map<String, Upstream> resourcePaths() throws IOException {
        Map<String, Upstream> found = new HashMap<>();
        Pattern annotation = Pattern.compile("@Path\\(\"(/api/v1/[^\"]*)\"\\)");
        for (Upstream upstream : Upstream.values()) {
            Path sources = Path.of("..").resolve(upstream.service()).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    Matcher m = annotation.matcher(source);
                    while (m.find()) {
                        int brace = source.indexOf('{', m.end());
                        String between = source.substring(m.end(), brace < 0 ? source.length() : brace);
                        if (Pattern.compile("\\bclass\\s").matcher(between).find()) {
                            found.put(m.group(1), upstream);
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void nothingElseIsRouted() {
        assertThat(ApiRoutes.route("/")).isEqualTo(Optional.empty());
        assertThat(ApiRoutes.route("/app/main.js")).isEmpty();
    }
}
