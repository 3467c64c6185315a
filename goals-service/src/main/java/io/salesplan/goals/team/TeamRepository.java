package io.salesplan.goals.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.goals.common.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    /** Up to {@code limit + 1} teams in list order, optionally only the direct sub-teams of a parent. */
    public List<Team> list(UUID parentTeamId, boolean topLevelOnly, Keyset.Position after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = Keyset.params();
        if (parentTeamId != null) {
            conditions.add("parentTeamId = :parent");
            params.put("parent", parentTeamId);
        }
        if (topLevelOnly) {
            conditions.add("parentTeamId is null");
        }
        Keyset.restrict(after, conditions, params);
        return find(Keyset.where(conditions) + Keyset.ORDER, params).range(0, limit - 1).list();
    }

    /** Direct sub-teams of a team, in list order. */
    public List<Team> children(UUID teamId) {
        return find("parentTeamId = ?1 order by createdAt, id", teamId).list();
    }

    public List<Team> topLevel() {
        return find("parentTeamId is null order by createdAt, id").list();
    }
}
