package io.salesplan.activity.reference;

import io.salesplan.activity.reference.ReferenceEvents.RepChanged;
import io.salesplan.activity.reference.ReferenceEvents.TeamChanged;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Keeps the local copy of the sales organisation from goals-service's events: reps (to verify
 * owners, and by e-mail to know who a token stands for) and teams with their managers (for a
 * manager's scope).
 */
@ApplicationScoped
public class OrganisationHandler implements EventHandler {

    static final Set<String> REP_TYPES = Set.of("salesplan.rep.created.v1", "salesplan.rep.updated.v1");
    static final Set<String> TEAM_TYPES = Set.of("salesplan.team.created.v1", "salesplan.team.updated.v1");

    private final EventCodec codec;
    private final ReferenceRepository repository;

    public OrganisationHandler(EventCodec codec, ReferenceRepository repository) {
        this.codec = codec;
        this.repository = repository;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.goals");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (REP_TYPES.contains(event.type())) {
            RepChanged rep = codec.data(event, RepChanged.class);
            if (rep.repId() == null || rep.version() == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has no repId or version");
            }
            repository.saveRep(rep.repId(), rep.name(), rep.email(), rep.teamId(), rep.active() == null || rep.active(),
                    rep.version());
        } else if (TEAM_TYPES.contains(event.type())) {
            TeamChanged team = codec.data(event, TeamChanged.class);
            if (team.teamId() == null || team.version() == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has no teamId or version");
            }
            repository.saveTeam(team.teamId(), team.parentTeamId(), team.managerId(), team.version());
        }
    }
}
