package io.salesplan.web.proxy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service answers an API path: the ingress's rules (deploy/k8s/base/ingress/ingress.yaml) for the
 * local proxy, so the browser calls the same relative URLs on a laptop as in a cluster. A prefix matches
 * itself and what lies below it ({@code /api/v1/teams}, {@code /api/v1/teams/…}), never a longer word
 * ({@code /api/v1/teamsx}); a rep's agenda is activity-service's although {@code /api/v1/reps} is
 * goals-service's.
 */
public final class ApiRoutes {

    private static final Pattern AGENDA = Pattern.compile("^/api/v1/reps/[^/]+/agenda(/.*)?$");

    private static final Map<String, Upstream> PREFIXES = Map.ofEntries(
            Map.entry("/api/v1/teams", Upstream.GOALS),
            Map.entry("/api/v1/reps", Upstream.GOALS),
            Map.entry("/api/v1/goals", Upstream.GOALS),
            Map.entry("/api/v1/me", Upstream.GOALS),
            Map.entry("/api/v1/pipelines", Upstream.PIPELINE),
            Map.entry("/api/v1/accounts", Upstream.PIPELINE),
            Map.entry("/api/v1/opportunities", Upstream.PIPELINE),
            Map.entry("/api/v1/activities", Upstream.ACTIVITY),
            Map.entry("/api/v1/tasks", Upstream.ACTIVITY),
            Map.entry("/api/v1/reviews", Upstream.REVIEW),
            Map.entry("/api/v1/retrospectives", Upstream.REVIEW),
            Map.entry("/api/v1/forecasts", Upstream.REVIEW));

    private ApiRoutes() {
    }

    /** The service that owns {@code path}, or empty when no service has such a path. */
    public static Optional<Upstream> route(String path) {
        if (AGENDA.matcher(path).matches()) {
            return Optional.of(Upstream.ACTIVITY);
        }
        return PREFIXES.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
