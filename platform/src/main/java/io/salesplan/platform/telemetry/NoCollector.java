package io.salesplan.platform.telemetry;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Drops finished spans when no OTLP endpoint is configured. Quarkus exports over OTLP to
 * {@code localhost:4317} by default and, with no collector there, logs a failure for every batch of
 * spans; it leaves its OTLP exporter out whenever a {@link SpanExporter} bean can be looked up. This
 * one can only while neither {@code quarkus.otel.exporter.otlp.endpoint} (set from
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}) nor {@code quarkus.otel.exporter.otlp.traces.endpoint} is set.
 * Traces still run without a collector: requests and events carry their context on, and the logs
 * name their trace and span ids.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "none", lookupIfMissing = true)
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = "none", lookupIfMissing = true)
public class NoCollector implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
