package io.salesplan.pipeline.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    private static final String UPSERT = """
            insert into team (id, name, parent_team_id, manager_id, version) values (?1, ?2, ?3, ?4, ?5)
            on conflict (id) do update set name = excluded.name, parent_team_id = excluded.parent_team_id,
                manager_id = excluded.manager_id, version = excluded.version
            where team.version < excluded.version""";

    // union (not union all) stops at a team already seen, so even a cyclic hierarchy terminates.
    private static final String SUBTREE = """
            with recursive subtree(id) as (
                select cast(?1 as uuid)
                union
                select t.id from team t join subtree s on t.parent_team_id = s.id)
            select id from subtree""";

    public void upsertIfNewer(Team team) {
        getEntityManager().createNativeQuery(UPSERT)
                .setParameter(1, team.id)
                .setParameter(2, team.name)
                .setParameter(3, team.parentTeamId)
                .setParameter(4, team.managerId)
                .setParameter(5, team.version)
                .executeUpdate();
    }

    /** The team and all teams below it, at any depth. */
    @SuppressWarnings("unchecked")
    public List<UUID> withSubTeams(UUID teamId) {
        return getEntityManager().createNativeQuery(SUBTREE, UUID.class).setParameter(1, teamId).getResultList();
    }
}
