package io.salesplan.review.org;

import io.salesplan.platform.event.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the latest state of teams (with their manager) and reps (with their e-mail), which is also
 * where callers' scopes are read from; an event older than what is stored changes nothing.
 */
@ApplicationScoped
public class OrgProjection {

    private final TeamRepository teams;
    private final RepRepository reps;

    public OrgProjection(TeamRepository teams, RepRepository reps) {
        this.teams = teams;
        this.reps = reps;
    }

    @Transactional
    public void apply(TeamChangedV1 event) {
        if (event.teamId() == null || event.version() == null) {
            throw new MalformedEventException("team event without teamId or version");
        }
        Team team = teams.findById(event.teamId());
        if (team == null) {
            team = new Team();
            team.teamId = event.teamId();
        } else if (team.version >= event.version()) {
            return;
        }
        team.name = event.name();
        team.parentTeamId = event.teamId().equals(event.parentTeamId()) ? null : event.parentTeamId();
        team.managerId = event.managerId();
        team.version = event.version();
        if (!teams.isPersistent(team)) {
            teams.persist(team);
        }
    }

    @Transactional
    public void apply(RepChangedV1 event) {
        if (event.repId() == null || event.version() == null) {
            throw new MalformedEventException("rep event without repId or version");
        }
        Rep rep = reps.findById(event.repId());
        if (rep == null) {
            rep = new Rep();
            rep.repId = event.repId();
        } else if (rep.version >= event.version()) {
            return;
        }
        rep.name = event.name();
        rep.email = event.email();
        rep.teamId = event.teamId();
        rep.active = !Boolean.FALSE.equals(event.active());
        rep.version = event.version();
        if (!reps.isPersistent(rep)) {
            reps.persist(rep);
        }
    }
}
