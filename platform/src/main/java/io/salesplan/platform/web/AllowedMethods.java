package io.salesplan.platform.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resource classes, so that a 405 can
 * say in {@code Allow} what would have worked (the framework's 405 does not).
 */
@ApplicationScoped
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private List<Route> routes;

    /** The methods that some resource answers on this path, plus HEAD and OPTIONS where GET is; empty if none. */
    public Set<String> on(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private synchronized List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        found.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                    }
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /api/v1/goals/{id}} as a pattern: each parameter one path segment, slashes collapsed. */
    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        return Pattern.compile(Pattern.quote(normalised).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }
}
