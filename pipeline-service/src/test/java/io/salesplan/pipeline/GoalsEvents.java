package io.salesplan.pipeline;

import io.salesplan.pipeline.org.RepEventV1;
import io.salesplan.pipeline.org.TeamEventV1;
import io.salesplan.platform.event.EventEnvelope;
import java.util.UUID;

/** Announces the sales organisation as goals-service does: team and rep events on its topic. */
public final class GoalsEvents {

    public static final String TOPIC = "salesplan.goals";

    private GoalsEvents() {
    }

    public static EventEnvelope send(String type, UUID subject, Object data) {
        EventEnvelope event = Api.CODEC.envelope("/goals-service", type, subject.toString(), data);
        Api.topics().send(TOPIC, subject.toString(), Api.CODEC.write(event));
        return event;
    }

    /** A team below {@code parent} (or at the top), run by the rep {@code manager} (or nobody). */
    public static EventEnvelope team(UUID id, UUID parent, UUID manager, long version) {
        return send(version == 0 ? "salesplan.team.created.v1" : "salesplan.team.updated.v1", id,
                new TeamEventV1(id, "Team " + id, parent, manager, version));
    }

    /** An active rep with this e-mail, in the team (or none). */
    public static EventEnvelope rep(UUID id, String email, UUID team, long version) {
        return send(version == 0 ? "salesplan.rep.created.v1" : "salesplan.rep.updated.v1", id,
                new RepEventV1(id, "Rep " + id, email, team, true, version));
    }
}
