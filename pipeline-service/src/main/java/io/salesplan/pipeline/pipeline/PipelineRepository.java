package io.salesplan.pipeline.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PipelineRepository implements PanacheRepositoryBase<Pipeline, UUID> {

    /** Takes a PostgreSQL advisory lock on the key, held until the transaction ends. */
    public void lockUntilCommit(long key) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, key).getSingleResult();
    }

    public Optional<Pipeline> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page in creation order, after the given position (null for the first page). */
    public List<Pipeline> page(Keyset.Position<Instant> after, int size) {
        if (after == null) {
            return find("order by createdAt, id").range(0, size - 1).list();
        }
        return find(after.condition("createdAt", "id", Keyset.Direction.ASCENDING) + " order by createdAt, id",
                after.parameters()).range(0, size - 1).list();
    }
}
