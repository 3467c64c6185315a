package io.salesplan.pipeline.org;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RepRepository implements PanacheRepositoryBase<Rep, UUID> {

    private static final String UPSERT = """
            insert into rep (id, name, email, team_id, active, version) values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (id) do update set name = excluded.name, email = excluded.email, team_id = excluded.team_id,
                active = excluded.active, version = excluded.version
            where rep.version < excluded.version""";

    private static final String INSERT_IF_ABSENT = """
            insert into rep (id, name, email, team_id, active, version) values (?1, ?2, ?3, ?4, ?5, ?6)
            on conflict (id) do nothing""";

    /** Applies a state unless a newer (or the same) version is already stored; race-free across consumers. */
    public void upsertIfNewer(Rep rep) {
        write(UPSERT, rep);
    }

    /** Stores a rep verified with goals-service, unless an event stored it meanwhile. */
    public void insertIfAbsent(Rep rep) {
        write(INSERT_IF_ABSENT, rep);
    }

    private void write(String sql, Rep rep) {
        getEntityManager().createNativeQuery(sql)
                .setParameter(1, rep.id)
                .setParameter(2, rep.name)
                .setParameter(3, rep.email)
                .setParameter(4, rep.teamId)
                .setParameter(5, rep.active)
                .setParameter(6, rep.version)
                .executeUpdate();
    }
}
