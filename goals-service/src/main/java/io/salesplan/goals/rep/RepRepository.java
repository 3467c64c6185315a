package io.salesplan.goals.rep;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.goals.common.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
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
    public List<Rep> list(UUID teamId, Boolean active, String email, Keyset.Position after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = Keyset.params();
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
        Keyset.restrict(after, conditions, params);
        return find(Keyset.where(conditions) + Keyset.ORDER, params).range(0, limit - 1).list();
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
