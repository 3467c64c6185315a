package io.salesplan.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The full benchmark run, behind the {@code benchmarks} Maven profile (see README): measures at
 * full scale and writes BENCHMARKS.md at the repository root.
 */
class BenchmarksFull {

    @Test
    void measureAndWriteBenchmarksMd() throws Exception {
        Benchmarks.Scale scale = Benchmarks.Scale.valueOf(System.getProperty("bench.scale", "FULL"));
        Benchmarks.Report report = new Benchmarks(Suite.get(), scale).run();
        String machine = String.format("%d cores, %.0f GiB RAM, %s %s, Java %s", Runtime.getRuntime().availableProcessors(),
                totalMemoryGiB(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
        String text = "# Benchmarks\n\n"
                + "Measured " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES) + " on " + machine
                + " at scale " + scale + ". Everything — the four services, PostgreSQL, Kafka and the load generators — shares this one "
                + "machine.\n\n"
                + "Reproduce: `./mvnw -B install -DskipTests && ./mvnw -B -Pbenchmarks -pl system-tests verify "
                + "-Dbench.scale=" + scale + "` "
                + "(the harness is `system-tests/src/test/java/io/salesplan/system/Benchmarks.java`; a quick mode runs "
                + "in every build as `BenchmarksQuickIT`).\n\n"
                + report.markdown();
        Files.writeString(Path.of(System.getProperty("salesplan.root", "..")).resolve("BENCHMARKS.md"), text);
        System.out.println(text);
    }

    private static double totalMemoryGiB() throws java.io.IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0;
            }
        }
        return 0;
    }
}
