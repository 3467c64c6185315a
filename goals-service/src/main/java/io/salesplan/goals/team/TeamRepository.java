package io.salesplan.goals.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    private static final long HIERARCHY_LOCK = 0x7EA3_0001L;

    /** Up to {@code limit + 1} teams in list order, optionally only the direct sub-teams of a parent. */
    public List<Team> list(UUID parentTeamId, boolean topLevelOnly, Keyset.Position<Instant> after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (parentTeamId != null) {
            conditions.add("parentTeamId = :parent");
            params.put("parent", parentTeamId);
        }
        if (topLevelOnly) {
            conditions.add("parentTeamId is null");
        }
        if (after != null) {
            conditions.add(after.condition("createdAt", "id", Keyset.Direction.ASCENDING));
            params.putAll(after.parameters());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        return find(where + " order by createdAt, id", params).range(0, limit - 1).list();
    }

    /** Direct sub-teams of a team, in list order. */
    public List<Team> children(UUID teamId) {
        return find("parentTeamId = ?1 order by createdAt, id", teamId).list();
    }

    /**
     * Serialises moves in the team hierarchy until the transaction ends: two moves checked at the
     * same time (A under B, B under A) could otherwise each see no cycle and together make one.
     */
    public void lockHierarchy() {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) as locked")
                .setParameter(1, HIERARCHY_LOCK).getSingleResult();
    }

    public List<Team> topLevel() {
        return find("parentTeamId is null order by createdAt, id").list();
    }

    /** Every team id, in id order. */
    public List<UUID> allIds() {
        return getEntityManager().createQuery("select x.id from Team x order by x.id", UUID.class).getResultList();
    }
}
