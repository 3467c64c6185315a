package io.salesplan.platform.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Times every report (the operations under {@code /api/v1/reviews}) by its route template, as
 * {@code salesplan.report.duration{report="/api/v1/reviews/variance", outcome="success"}}, with
 * buckets that alerts and dashboards read percentiles from. A new report is timed without anyone
 * touching it.
 */
public class ReportTimer {

    static final String REPORTS = "/api/v1/reviews";
    private static final String STARTED = ReportTimer.class.getName() + ".started";
    private static final String NOT_A_REPORT = "";

    private final MeterRegistry registry;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    public ReportTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerRequestFilter
    public void started(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @ServerResponseFilter
    public void finished(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Object started = request.getProperty(STARTED);
        Method method = resource == null ? null : resource.getResourceMethod();
        if (!(started instanceof Long start) || method == null) {
            return;
        }
        String template = templates.computeIfAbsent(method, m -> template(resource.getResourceClass(), m));
        if (template.equals(NOT_A_REPORT)) {
            return;
        }
        Timer.builder("salesplan.report.duration")
                .description("Time to answer a report, by its route template and outcome")
                .tag("report", template)
                .tag("outcome", outcome(response.getStatus()))
                .serviceLevelObjectives(Buckets.LATENCY)
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - start));
    }

    private static String template(Class<?> resource, Method method) {
        String path = join(resource.getAnnotation(Path.class), method.getAnnotation(Path.class));
        return path.equals(REPORTS) || path.startsWith(REPORTS + "/") ? path : NOT_A_REPORT;
    }

    private static String join(Path type, Path method) {
        String path = (type == null ? "" : "/" + type.value()) + (method == null ? "" : "/" + method.value());
        path = path.replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static String outcome(int status) {
        if (status >= 500) {
            return "server_error";
        }
        return status >= 400 ? "client_error" : "success";
    }
}
