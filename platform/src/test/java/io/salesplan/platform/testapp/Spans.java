package io.salesplan.platform.testapp;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** Every span the test application finishes, kept in memory for the tests to read. */
public class Spans {

    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return EXPORTER;
    }

    public static List<SpanData> finished() {
        return EXPORTER.getFinishedSpanItems();
    }
}
