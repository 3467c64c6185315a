package io.salesplan.review.live;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that names no media type (no Accept, or {@code *}{@code /*} as curl sends) asking for the
 * stream gets the stream: without this, the JSON variant of the path (which answers 406 after the usual
 * checks) would be as good a match.
 */
public class StreamByDefault {

    static final String PATH = "/api/v1/reviews/stream";

    @ServerRequestFilter(preMatching = true)
    public void streamWhenAnythingGoes(ContainerRequestContext request) {
        if (!PATH.equals(request.getUriInfo().getRequestUri().getPath())) {
            return;
        }
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || MediaType.WILDCARD.equals(accept.trim())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.SERVER_SENT_EVENTS);
        }
    }
}
