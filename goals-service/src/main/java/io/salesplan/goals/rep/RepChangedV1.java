package io.salesplan.goals.rep;

import java.util.UUID;

/** Payload of {@code salesplan.rep.created.v1} and {@code salesplan.rep.updated.v1}: the whole rep. */
public record RepChangedV1(UUID repId, String name, String email, UUID teamId, boolean active, long version) {

    public static final String CREATED = "salesplan.rep.created.v1";
    public static final String UPDATED = "salesplan.rep.updated.v1";

    public static RepChangedV1 of(Rep rep) {
        return new RepChangedV1(rep.id, rep.name, rep.email, rep.teamId, rep.active, rep.version);
    }
}
