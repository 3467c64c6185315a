package io.salesplan.activity.reference;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The local copies of teams, reps, accounts and opportunities (teams and reps' e-mails also give
 * each caller's scope, through the {@code org_team} and {@code org_rep} views). Writes are upserts that keep the highest
 * version, so replayed or late events cannot roll state back; lookups take a whole set of ids in
 * one query, so a batch of a thousand activities costs one round trip per kind of reference.
 */
@ApplicationScoped
public class ReferenceRepository {

    private static final String UPSERT_REP = "insert into known_rep (id, name, email, team_id, active, version) "
            + "values (?, ?, ?, ?, ?, ?) on conflict (id) do update set name = excluded.name, email = excluded.email, "
            + "team_id = excluded.team_id, active = excluded.active, version = excluded.version "
            + "where known_rep.version < excluded.version";
    private static final String UPSERT_TEAM = "insert into known_team (id, parent_team_id, manager_id, version) "
            + "values (?, ?, ?, ?) on conflict (id) do update set parent_team_id = excluded.parent_team_id, "
            + "manager_id = excluded.manager_id, version = excluded.version "
            + "where known_team.version < excluded.version";
    private static final String UPSERT_ACCOUNT = "insert into known_account (id, name, version) values (?, ?, ?) "
            + "on conflict (id) do update set name = excluded.name, version = excluded.version "
            + "where known_account.version < excluded.version";
    private static final String UPSERT_OPPORTUNITY = "insert into known_opportunity (id, account_id, owner_id, version) "
            + "values (?, ?, ?, ?) on conflict (id) do update set account_id = excluded.account_id, "
            + "owner_id = excluded.owner_id, version = excluded.version "
            + "where known_opportunity.version < excluded.version";
    private static final String ACCOUNT_EXISTS = "insert into known_account (id, version) values (?, -1) "
            + "on conflict (id) do nothing";

    private final AgroalDataSource dataSource;

    public ReferenceRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void saveRep(UUID id, String name, String email, UUID teamId, boolean active, long version) {
        update(UPSERT_REP, id, name, email, teamId, active, version);
    }

    @Transactional
    public void saveTeam(UUID id, UUID parentTeamId, UUID managerId, long version) {
        update(UPSERT_TEAM, id, parentTeamId, managerId, version);
    }

    @Transactional
    public void saveAccount(UUID id, String name, long version) {
        update(UPSERT_ACCOUNT, id, name, version);
    }

    /** Stores the opportunity and notes that its account exists (an opportunity always has one). */
    @Transactional
    public void saveOpportunity(UUID id, UUID accountId, UUID ownerId, long version) {
        update(UPSERT_OPPORTUNITY, id, accountId, ownerId, version);
        if (accountId != null) {
            update(ACCOUNT_EXISTS, accountId);
        }
    }

    public Set<UUID> existingReps(Collection<UUID> ids) {
        return existing("select id from known_rep where id = any (?)", ids);
    }

    public Set<UUID> existingAccounts(Collection<UUID> ids) {
        return existing("select id from known_account where id = any (?)", ids);
    }

    /** The account of each known opportunity among the ids (the value is empty when it has none). */
    public Map<UUID, OpportunityLink> opportunities(Collection<UUID> ids) {
        Map<UUID, OpportunityLink> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id, account_id, owner_id from known_opportunity where id = any (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    found.put(id, new OpportunityLink(id, rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read known opportunities", e);
        }
        return found;
    }

    private Set<UUID> existing(String sql, Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read known references", e);
        }
        return found;
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a reference", e);
        }
    }
}
