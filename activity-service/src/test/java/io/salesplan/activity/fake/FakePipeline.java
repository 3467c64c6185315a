package io.salesplan.activity.fake;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * pipeline-service's account and opportunity endpoints as the tests need them. Like pipeline-service
 * they answer only a request that carries a bearer token, and they remember the Authorization header
 * each account or opportunity was asked with.
 */
@Path("/fake-pipeline/api/v1")
public class FakePipeline {

    private static final Map<UUID, Boolean> ACCOUNTS = new ConcurrentHashMap<>();
    private static final Map<UUID, UUID> OPPORTUNITY_ACCOUNTS = new ConcurrentHashMap<>();
    private static final Map<UUID, UUID> OPPORTUNITY_OWNERS = new ConcurrentHashMap<>();
    private static final Map<UUID, String> AUTHORIZATIONS = new ConcurrentHashMap<>();

    public static UUID account() {
        UUID id = UUID.randomUUID();
        ACCOUNTS.put(id, true);
        return id;
    }

    public static UUID opportunity(UUID accountId, UUID ownerId) {
        UUID id = UUID.randomUUID();
        OPPORTUNITY_ACCOUNTS.put(id, accountId);
        OPPORTUNITY_OWNERS.put(id, ownerId);
        return id;
    }

    /** The Authorization header of the last request about the account or opportunity, or null. */
    public static String authorization(UUID id) {
        return AUTHORIZATIONS.get(id);
    }

    @GET
    @Path("/accounts/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response account(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization) {
        if (!authorized(id, authorization)) {
            return Response.status(401).build();
        }
        if (!ACCOUNTS.containsKey(id)) {
            return Response.status(404).build();
        }
        return Response.ok(Map.of("id", id, "name", "Account " + id, "version", 0)).build();
    }

    @GET
    @Path("/opportunities/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response opportunity(@PathParam("id") UUID id, @HeaderParam("Authorization") String authorization) {
        if (!authorized(id, authorization)) {
            return Response.status(401).build();
        }
        if (!OPPORTUNITY_ACCOUNTS.containsKey(id)) {
            return Response.status(404).build();
        }
        return Response.ok(Map.of("id", id, "name", "Deal " + id, "accountId", OPPORTUNITY_ACCOUNTS.get(id),
                "ownerId", OPPORTUNITY_OWNERS.get(id), "stage", "PROPOSAL", "version", 0)).build();
    }

    private static boolean authorized(UUID id, String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        AUTHORIZATIONS.put(id, authorization);
        return true;
    }
}
