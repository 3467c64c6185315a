package io.salesplan.pipeline.org;

import io.salesplan.pipeline.config.PipelineConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.remote.RemoteLookup;
import io.salesplan.platform.remote.RemoteRep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers questions about the sales organisation: is this owner a rep, which team is it in, which
 * teams sit below a team. Reps are known from goals-service's events; a rep created a moment ago
 * whose event has not arrived yet is verified through goals-service's API and then kept.
 */
@ApplicationScoped
public class OrgDirectory {

    private final RepRepository reps;
    private final TeamRepository teams;
    private final RemoteLookup remote;
    private final PipelineConfig config;

    public OrgDirectory(RepRepository reps, TeamRepository teams, RemoteLookup remote, PipelineConfig config) {
        this.reps = reps;
        this.teams = teams;
        this.remote = remote;
        this.config = config;
    }

    /**
     * The active rep that will own something.
     *
     * @throws ApiException 422 when goals-service does not know the rep or it is inactive, 503 when
     *         goals-service cannot be asked
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Rep requireRep(String field, UUID repId) {
        Rep rep = reps.findByIdOptional(repId).orElseGet(() -> verifyWithGoalsService(field, repId));
        if (!rep.active) {
            throw ApiException.unknownReference(field, "rep " + repId + " is inactive and cannot own opportunities");
        }
        return rep;
    }

    private Rep verifyWithGoalsService(String field, UUID repId) {
        RemoteRep found = RemoteRep.find(remote, config.goalsUrl(), repId)
                .orElseThrow(() -> ApiException.unknownReference(field, "rep " + repId + " does not exist"));
        Rep rep = new Rep();
        rep.id = repId;
        rep.name = found.name();
        rep.email = found.email();
        rep.teamId = found.teamId();
        rep.active = found.active();
        // Events up to the version we just read carry nothing newer; without one, any event wins.
        rep.version = found.version();
        reps.insertIfAbsent(rep);
        return reps.findById(repId);
    }

    /** The team the rep is in, when known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> teamOf(UUID repId) {
        return reps.findByIdOptional(repId).map(r -> r.teamId);
    }

    /** The team and every team below it; just the team itself when its sub-teams are unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> teamWithSubTeams(UUID teamId) {
        return teams.withSubTeams(teamId);
    }
}
