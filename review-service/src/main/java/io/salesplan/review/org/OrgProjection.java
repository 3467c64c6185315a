package io.salesplan.review.org;

import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.review.aggregate.DailyAggregates;
import io.salesplan.review.conversion.ConversionAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the latest state of teams (with their manager) and reps (with their e-mail), which is also
 * where callers' scopes are read from; an event older than what is stored changes nothing. A rep
 * who changes team takes their aggregated history along ({@link DailyAggregates#moveRep},
 * {@link ConversionAggregates#moveRep}).
 */
@ApplicationScoped
public class OrgProjection {

    private final TeamRepository teams;
    private final RepRepository reps;
    private final DailyAggregates aggregates;
    private final ConversionAggregates conversion;

    public OrgProjection(TeamRepository teams, RepRepository reps, DailyAggregates aggregates,
            ConversionAggregates conversion) {
        this.teams = teams;
        this.reps = reps;
        this.aggregates = aggregates;
        this.conversion = conversion;
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
        UUID formerTeam = null;
        if (rep == null) {
            rep = new Rep();
            rep.repId = event.repId();
        } else if (rep.version >= event.version()) {
            return;
        } else {
            formerTeam = rep.teamId;
        }
        if (!Objects.equals(formerTeam, event.teamId())) {
            // the rep's whole history counts for the team the rep is in now
            aggregates.moveRep(event.repId(), formerTeam, event.teamId());
            conversion.moveRep(event.repId(), formerTeam, event.teamId());
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
