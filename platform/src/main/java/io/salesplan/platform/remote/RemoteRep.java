package io.salesplan.platform.remote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.UUID;

/**
 * A rep as goals-service shows it at {@code GET /api/v1/reps/{id}}: what a service that keeps its
 * own copy of the sales organisation asks for when a rep's event has not arrived yet, and then keeps.
 * Each service stores it and words its errors in its own way; the asking and the reading are here.
 *
 * @param teamId  null when the rep has no team (or the value is not a UUID)
 * @param active  true unless goals-service says {@code false}
 * @param version goals-service's version of the rep, so that older events arriving later do not roll
 *                the copy back; -1 when it sends none, so that any event wins
 */
public record RemoteRep(UUID id, String name, String email, UUID teamId, boolean active, long version) {

    /** The owning service, as named in the 503 when it cannot be reached. */
    public static final String SERVICE = "goals-service";

    /**
     * Asks goals-service (at {@code goalsUrl}) for the rep, with the caller's own token.
     *
     * @return empty when goals-service answers 404
     * @throws io.salesplan.platform.problem.ApiException 503 when goals-service cannot be asked
     */
    public static Optional<RemoteRep> find(RemoteLookup remote, String goalsUrl, UUID id) {
        return remote.find(SERVICE, goalsUrl, "/api/v1/reps/" + id).map(json -> read(id, json));
    }

    /** Reads goals-service's JSON of the rep {@code id}. */
    public static RemoteRep read(UUID id, JsonNode json) {
        return new RemoteRep(id, RemoteJson.text(json, "name"), RemoteJson.text(json, "email"),
                RemoteJson.uuid(json, "teamId"), !json.hasNonNull("active") || json.get("active").asBoolean(true),
                RemoteJson.version(json));
    }
}
