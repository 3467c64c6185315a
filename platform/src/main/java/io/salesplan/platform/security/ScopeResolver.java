package io.salesplan.platform.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds a person's scope in the service's own copy of the organisation, with one statement. Every
 * service exposes its copy as two views (or tables) of the same shape, written by its migrations:
 * {@code org_team(id, parent_team_id, manager_id)} and {@code org_rep(id, email, team_id, active)}.
 */
@ApplicationScoped
public class ScopeResolver {

    // union (not union all) stops at a team already seen, so even a cyclic hierarchy terminates;
    // the parent chain is cut at a depth no real organisation reaches for the same reason.
    private static final String SCOPE = """
            with recursive me as (
                select id, team_id from org_rep where lower(email) = lower(?) and active order by id limit 1),
            managed(id) as (
                select t.id from org_team t join me on t.manager_id = me.id
                union
                select t.id from org_team t join managed m on t.parent_team_id = m.id),
            chain(id, depth) as (
                select team_id, 0 from me where team_id is not null
                union all
                select t.parent_team_id, c.depth + 1 from org_team t join chain c on t.id = c.id
                where t.parent_team_id is not null and c.depth < 64)
            select 'me', id, 0 from me
            union all select 'team', id, 0 from managed
            union all select 'rep', r.id, 0 from org_rep r where r.team_id in (select id from managed)
            union all select 'chain', id, depth from chain
            order by 1, 3""";

    private final AgroalDataSource dataSource;

    public ScopeResolver(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The scope of the active rep with this e-mail (case-insensitive), or empty when there is none. */
    public Optional<Scope> scopeOf(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        UUID me = null;
        List<UUID> chain = new ArrayList<>();
        Set<UUID> teams = new HashSet<>();
        Set<UUID> reps = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SCOPE)) {
            statement.setString(1, email.trim());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(2, UUID.class);
                    switch (rows.getString(1)) {
                        case "me" -> me = id;
                        case "team" -> teams.add(id);
                        case "rep" -> reps.add(id);
                        default -> chain.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the caller's scope", e);
        }
        if (me == null) {
            return Optional.empty();
        }
        return Optional.of(new Scope(me, List.copyOf(chain), Set.copyOf(teams), Set.copyOf(reps)));
    }
}
