package io.salesplan.pipeline.org;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Keeps the sales organisation (teams and reps) from goals-service's events, to resolve owners'
 * teams and team filters. Goal events on the same topic are of no use here and are ignored.
 */
@ApplicationScoped
public class OrgHandler implements EventHandler {

    public static final String TOPIC = "salesplan.goals";

    private final EventCodec codec;
    private final RepRepository reps;
    private final TeamRepository teams;

    public OrgHandler(EventCodec codec, RepRepository reps, TeamRepository teams) {
        this.codec = codec;
        this.reps = reps;
        this.teams = teams;
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case "salesplan.rep.created.v1", "salesplan.rep.updated.v1" -> applyRep(codec.data(event, RepEventV1.class));
            case "salesplan.team.created.v1", "salesplan.team.updated.v1" ->
                applyTeam(codec.data(event, TeamEventV1.class));
            default -> {
                // goals, key results and the like: nothing this service keeps
            }
        }
    }

    private void applyRep(RepEventV1 data) {
        if (data.repId() == null || data.version() == null) {
            throw new MalformedEventException("rep event without repId or version");
        }
        Rep rep = new Rep();
        rep.id = data.repId();
        rep.name = data.name();
        rep.email = data.email();
        rep.teamId = data.teamId();
        rep.active = data.active() == null || data.active();
        rep.version = data.version();
        reps.upsertIfNewer(rep);
    }

    private void applyTeam(TeamEventV1 data) {
        if (data.teamId() == null || data.version() == null) {
            throw new MalformedEventException("team event without teamId or version");
        }
        Team team = new Team();
        team.id = data.teamId();
        team.name = data.name();
        team.parentTeamId = data.parentTeamId();
        team.managerId = data.managerId();
        team.version = data.version();
        teams.upsertIfNewer(team);
    }
}
