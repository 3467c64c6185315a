package io.salesplan.goals.rep;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RepRepository implements PanacheRepositoryBase<Rep, UUID> {

    public Optional<Rep> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** Up to {@code limit} reps in list order. */
    public List<Rep> list(UUID teamId, Boolean active, String email, Keyset.Position<Instant> after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (teamId != null) {
            conditions.add("teamId = :team");
            params.put("team", teamId);
        }
        if (active != null) {
            conditions.add("active = :active");
            params.put("active", active);
        }
        if (email != null) {
            conditions.add("lower(email) = lower(:email)");
            params.put("email", email);
        }
        if (after != null) {
            conditions.add(after.condition("createdAt", "id", Keyset.Direction.ASCENDING));
            params.putAll(after.parameters());
        }
        String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
        return find(where + " order by createdAt, id", params).range(0, limit - 1).list();
    }

    /** The active members of a team, in list order. */
    public List<Rep> activeMembers(UUID teamId) {
        return find("teamId = ?1 and active = true order by createdAt, id", teamId).list();
    }

    /** Every rep id, in id order. */
    public List<UUID> allIds() {
        return getEntityManager().createQuery("select x.id from Rep x order by x.id", UUID.class).getResultList();
    }
}
