package io.salesplan.pipeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Stands in for goals-service's {@code GET /api/v1/reps/{id}} on the test port: reps registered here
 * exist there (as a rep created a moment ago whose event has not arrived), others are a 404, and
 * a rep marked unreachable answers 500 as a failing goals-service would. Like goals-service, it
 * answers only a request that carries a bearer token (401 otherwise), and remembers the header it
 * got for each rep, so tests can see that the caller's own token was forwarded.
 */
@Path("/fake-goals/api/v1/reps/{id}")
public class FakeGoalsResource {

    private static final Map<UUID, Map<String, Object>> REPS = new ConcurrentHashMap<>();
    private static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();
    private static final Map<UUID, String> AUTHORIZATIONS = new ConcurrentHashMap<>();

    /** Registers a rep that goals-service knows, in the given team (or none). */
    public static UUID rep(UUID teamId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> rep = new LinkedHashMap<>();
        rep.put("id", id.toString());
        rep.put("name", "Rep " + id);
        rep.put("email", id + "@example.com");
        rep.put("teamId", teamId == null ? null : teamId.toString());
        rep.put("active", true);
        rep.put("version", 0);
        REPS.put(id, rep);
        return id;
    }

    /** A rep id for which goals-service fails. */
    public static UUID failingRep() {
        UUID id = UUID.randomUUID();
        FAILING.add(id);
        return id;
    }

    /** The Authorization header of the last look-up of the rep, or null when it was never looked up. */
    public static String authorizationSeenFor(UUID repId) {
        return AUTHORIZATIONS.get(repId);
    }

    @GET
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").build();
        }
        UUID repId = UUID.fromString(id);
        AUTHORIZATIONS.put(repId, authorization);
        if (FAILING.contains(repId)) {
            return Response.serverError().build();
        }
        Map<String, Object> rep = REPS.get(repId);
        return rep == null ? Response.status(404).build() : Response.ok(rep).build();
    }
}
