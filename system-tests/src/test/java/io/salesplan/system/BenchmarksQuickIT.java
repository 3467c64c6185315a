package io.salesplan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark at a small scale on each build, so that the harness cannot rot. It checks
 * that each benchmark ran and measured something, not how fast: timings belong in BENCHMARKS.md.
 */
class BenchmarksQuickIT {

    @Test
    void everyBenchmarkRunsAndMeasures() throws Exception {
        Benchmarks.Report report = new Benchmarks(Suite.get(), Benchmarks.Scale.QUICK).run();
        Files.writeString(Path.of("target/benchmarks-quick.md"), report.markdown());

        assertThat(report.figures().get("bulk").get("activities")).isEqualTo(Benchmarks.Scale.QUICK.bulkActivities);
        assertThat(report.figures().get("bulk").get("raw_jdbc_per_second")).isPositive();
        assertThat(report.figures().get("freshness_idle_ms").get("p99")).isPositive();
        assertThat(report.figures().get("freshness_loaded_ms").get("p99")).isPositive();
        assertThat(report.figures().keySet()).anyMatch(k -> k.startsWith("report_")).anyMatch(k -> k.startsWith("naive_"));
        assertThat(report.figures().get("report_team_conversion_ms").get("p95")).isPositive();
        assertThat(report.figures().get("checkpoint_naive_team_conversion_ms").get("p95")).isPositive();
        assertThat(report.figures().get("single_c1").get("requests_per_second")).isPositive();
        assertThat(report.figures().get("single_c1").get("non_2xx")).isZero();
        assertThat(report.figures().get("single_c1").get("cpu_ms_activity_service")).isPositive();
        for (Suite.Service service : Suite.Service.values()) {
            assertThat(report.figures().get("startup_" + service.module).get("rss_mb")).isPositive();
            assertThat(report.figures().get("startup_local_run_" + service.module).get("seconds")).isPositive();
        }
        assertThat(report.markdown()).contains("## 1.", "## 2.", "## 3.", "## 4.", "## 5.");
    }
}
