package io.salesplan.platform.telemetry;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Which spans are recorded: a trace that arrives decided (an incoming {@code traceparent}, an event's
 * trace) keeps its decision, a new one is recorded with probability {@code salesplan.tracing.sampling-ratio};
 * and a client call outside any trace starts none. The outbox relay and the inbox consumer ask the
 * database many times a second on their own; those statements' spans would each be a trace of one
 * span, so JDBC spans are recorded only inside a request's or an event's trace.
 *
 * <p>Quarkus uses a {@link Sampler} bean in place of {@code quarkus.otel.traces.sampler}, and still
 * drops the {@code /q/*} endpoints (health probes, metrics scrapes) in front of it.
 */
@Singleton
public class TraceSampler implements Sampler {

    private final Sampler decided;

    public TraceSampler(PlatformConfig config) {
        this.decided = Sampler.parentBased(Sampler.traceIdRatioBased(config.tracing().samplingRatio()));
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
            Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
            return SamplingResult.drop();
        }
        return decided.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
        return "SalesplanSampler{clients only inside a trace, " + decided.getDescription() + "}";
    }
}
