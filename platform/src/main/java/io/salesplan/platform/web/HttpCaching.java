package io.salesplan.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What browsers and CDNs expect of every response: a conditional GET of a resource whose
 * {@code ETag} still matches {@code If-None-Match} is a {@code 304} without a body, and responses say
 * they vary with {@code Origin} (CORS answers differ per origin), so no cache hands one origin's
 * answer to another. A client that accepts only {@code application/problem+json} (as the error
 * responses are typed) is served too: JSON is added to what it accepts instead of a 406.
 */
public class HttpCaching {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ServerRequestFilter(preMatching = true)
    public void acceptJsonWithProblems(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains(PROBLEM_JSON) && !accept.contains("application/json")) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", application/json;q=0.9");
        }
    }

    @ServerResponseFilter
    public void notModifiedAndVary(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().add(HttpHeaders.VARY, "Origin");
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag != null && ifNoneMatch != null && "GET".equals(request.getMethod())
                && response.getStatus() == 200 && matches(ifNoneMatch, etag.toString())) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        String current = etag.replace("W/", "");
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim().replace("W/", "");
            if (candidate.equals("*") || candidate.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
