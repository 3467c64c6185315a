package io.salesplan.infra;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/**
 * Reads a value from the application's Prometheus endpoint as a scraper sees it, for tests that a
 * metric moves when the thing it counts happens.
 */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The sample of {@code name} whose labels include every one of {@code labels} (written as
     * Prometheus does, {@code topic="salesplan.goals"}); 0 when there is none yet, as for a counter that
     * has not counted. Fails when several samples match.
     */
    public static double value(String name, String... labels) {
        String text = given().when().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        double[] matching = text.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .map(Metrics::withoutExemplar)
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .toArray();
        if (matching.length > 1) {
            throw new AssertionError(matching.length + " samples of " + name + " match " + Arrays.toString(labels));
        }
        return matching.length == 0 ? 0 : matching[0];
    }

    /** A bucket's sample may end with an exemplar ({@code  # {trace_id="…"} 0.012 1.7e9}): the value comes before it. */
    private static String withoutExemplar(String line) {
        int exemplar = line.indexOf(" # ");
        return exemplar < 0 ? line : line.substring(0, exemplar);
    }
}
