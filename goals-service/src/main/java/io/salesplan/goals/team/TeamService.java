package io.salesplan.goals.team;

import io.salesplan.goals.access.Operation;
import io.salesplan.goals.rep.RepRepository;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final RepRepository reps;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;

    public TeamService(TeamRepository teams, RepRepository reps, Outbox outbox, CursorCodec cursors, Access access) {
        this.teams = teams;
        this.reps = reps;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
    }

    @Transactional
    public TeamResponse create(CreateTeamRequest request) {
        access.grant(Operation.CHANGE_ORG);
        if (request.parentTeamId() != null) {
            requireParent(request.parentTeamId());
        }
        if (request.managerId() != null) {
            requireManager(request.managerId());
        }
        Team team = new Team(request.name().trim(), request.parentTeamId(), request.managerId());
        teams.persist(team);
        teams.flush();
        outbox.publish(TeamChangedV1.CREATED, team.id.toString(), TeamChangedV1.of(team));
        return TeamResponse.from(team);
    }

    @Transactional
    public Optional<TeamResponse> find(UUID id) {
        access.grant(Operation.READ_ORG);
        return teams.findByIdOptional(id).map(TeamResponse::from);
    }

    @Transactional
    public Page<TeamResponse> list(UUID parentTeamId, boolean topLevelOnly, String cursor, int limit) {
        access.grant(Operation.READ_ORG);
        String query = "teams|parent=" + parentTeamId + "|top=" + topLevelOnly;
        Keyset.Position<Instant> after = Keyset.after(cursors, query, cursor, Instant::parse);
        List<Team> rows = teams.list(parentTeamId, topLevelOnly, after, limit + 1);
        return Keyset.page(cursors, query, rows, limit, Team::position).map(TeamResponse::from);
    }

    @Transactional
    public TeamResponse update(UUID id, UpdateTeamRequest changes, String ifMatch) {
        access.grant(Operation.CHANGE_ORG);
        if (changes.getParentTeamId() != null) {
            // before any team is loaded, so that the cycle check reads the hierarchy as the last move left it
            teams.lockHierarchy();
        }
        Team team = teams.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Team", id));
        Versions.checkIfMatch(ifMatch, team.version);
        long before = team.version;
        if (changes.getName() != null) {
            team.name = changes.getName().trim();
        }
        if (changes.parentTeamIdGiven()) {
            UUID parent = changes.getParentTeamId();
            if (parent != null) {
                requireParent(parent);
                requireNoCycle(team, parent);
            }
            team.parentTeamId = parent;
        }
        if (changes.managerIdGiven()) {
            if (changes.getManagerId() != null) {
                requireManager(changes.getManagerId());
            }
            team.managerId = changes.getManagerId();
        }
        teams.flush();
        if (team.version != before) {
            outbox.publish(TeamChangedV1.UPDATED, team.id.toString(), TeamChangedV1.of(team));
        }
        return TeamResponse.from(team);
    }

    /** Whether the team exists. */
    public boolean exists(UUID id) {
        return teams.findByIdOptional(id).isPresent();
    }

    private void requireParent(UUID parentTeamId) {
        if (teams.findByIdOptional(parentTeamId).isEmpty()) {
            throw ApiException.unknownReference("parentTeamId", "team " + parentTeamId + " does not exist");
        }
    }

    private void requireManager(UUID repId) {
        if (reps.findByIdOptional(repId).filter(rep -> rep.active).isEmpty()) {
            throw ApiException.unknownReference("managerId", "rep " + repId + " does not exist or is inactive");
        }
    }

    /** Walks up from the new parent; meeting the team itself means it would become its own ancestor. */
    private void requireNoCycle(Team team, UUID newParent) {
        Set<UUID> seen = new HashSet<>();
        for (UUID current = newParent; current != null && seen.add(current); ) {
            if (current.equals(team.id)) {
                throw ApiException.conflict("team " + team.id + " cannot move under " + newParent
                        + ": that team is the team itself or one of its sub-teams, so the team would become its own ancestor");
            }
            current = teams.findByIdOptional(current).map(parentTeam -> parentTeam.parentTeamId).orElse(null);
        }
    }
}
