package io.salesplan.platform.web;

import io.salesplan.platform.problem.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request that sends a body must say what it is: without {@code Content-Type} the framework would
 * guess, so a client's missing header is a 415 that says so rather than a body read by luck.
 */
public class RequireContentType {

    @ServerRequestFilter(preMatching = true)
    public void requireContentType(ContainerRequestContext request) {
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported Media Type",
                    "The request has a body but no Content-Type; send it as Content-Type: application/json", null, null);
        }
    }
}
