package io.salesplan.platform.web;

import io.salesplan.platform.problem.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a body must say what it is: without {@code Content-Type} the framework would
 * guess, so a client's missing header is a 415 that says so rather than a body read by luck.
 */
public class RequireContentType {

    @ServerRequestFilter(preMatching = true)
    public void requireContentType(ContainerRequestContext request, RoutingContext routing) {
        // RequestLimits has read an HTTP/1 body already; a chunked request may well carry none
        Buffer read = routing.body() == null ? null : routing.body().buffer();
        boolean hasBody = read != null ? read.length() > 0 : request.getLength() > 0;
        if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                    "The request has a body but no Content-Type; send it as Content-Type: application/json", null, null);
        }
    }
}
