package io.salesplan.activity.fake;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * goals-service's rep endpoint as the tests need it, served by the test application itself. Like
 * goals-service it answers only a request that carries a bearer token, and it remembers the
 * Authorization header each rep was asked with, so tests can see that the caller's token arrived.
 */
@Path("/fake-goals/api/v1/reps")
public class FakeGoals {

    private static final Map<UUID, Boolean> REPS = new ConcurrentHashMap<>();
    private static final Set<UUID> FAILING = ConcurrentHashMap.newKeySet();
    private static final Map<UUID, Integer> CALLS = new ConcurrentHashMap<>();
    private static final Map<UUID, String> AUTHORIZATIONS = new ConcurrentHashMap<>();

    /** A rep that exists at goals-service (but whose event this service has not seen). */
    public static UUID rep() {
        UUID id = UUID.randomUUID();
        REPS.put(id, true);
        return id;
    }

    /** A rep id for which goals-service answers 500, as if it were down. */
    public static UUID failingRep() {
        UUID id = UUID.randomUUID();
        FAILING.add(id);
        return id;
    }

    public static int calls(UUID id) {
        return CALLS.getOrDefault(id, 0);
    }

    /** The Authorization header of the last request about the rep, or null. */
    public static String authorization(UUID id) {
        return AUTHORIZATIONS.get(id);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization) {
        CALLS.merge(id, 1, Integer::sum);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        AUTHORIZATIONS.put(id, authorization);
        if (FAILING.contains(id)) {
            return Response.serverError().build();
        }
        if (!REPS.containsKey(id)) {
            return Response.status(404).build();
        }
        return Response.ok(Map.of("id", id, "name", "Rep " + id, "email", id + "@example.com",
                "active", true, "version", 0)).build();
    }
}
