package io.salesplan.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplan.system.Suite.Service;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every operation the running services' OpenAPI documents declare, so that sweeps over "every
 * operation" cover a new endpoint without anyone writing a test for it.
 */
record Operations(Service service, JsonNode spec, String method, String template, JsonNode operation) {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    static List<Operations> all() {
        Suite.get();
        List<Operations> all = new ArrayList<>();
        for (Service service : Service.values()) {
            JsonNode spec = Api.anonymous().get(service, "/q/openapi?format=json").body();
            for (Iterator<Map.Entry<String, JsonNode>> paths = spec.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase();
                    if (METHODS.contains(method)) {
                        all.add(new Operations(service, spec, method, path.getKey(), op.getValue()));
                    }
                }
            }
        }
        return all;
    }

    String name() {
        return service.module + " " + method + " " + template;
    }

    /** The operation's URL with a random id in every path parameter. */
    String url() {
        return service.url() + template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
