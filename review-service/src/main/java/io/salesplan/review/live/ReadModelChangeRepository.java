package io.salesplan.review.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The SQL of {@code rm_change}, one row per instance with its count of applied transactions. */
@ApplicationScoped
public class ReadModelChangeRepository {

    private static final String BUMP = "insert into rm_change (instance, seq, changed_at) values (?1, 1, now()) "
            + "on conflict (instance) do update set seq = rm_change.seq + 1, changed_at = now()";

    private final EntityManager em;

    public ReadModelChangeRepository(EntityManager em) {
        this.em = em;
    }

    /** Counts one more change of the instance, creating its row on the first. */
    public void bump(String instance) {
        em.createNativeQuery(BUMP).setParameter(1, instance).executeUpdate();
    }

    /** The sum over all instances' rows. */
    public ReadModelChanges.Marker current() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(seq), 0), "
                + "coalesce(extract(epoch from max(changed_at)), 0) from rm_change").getSingleResult();
        return new ReadModelChanges.Marker(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).doubleValue());
    }

    /** Drops the rows of other instances that changed nothing for 30 days. */
    public void deleteGoneInstances(String instance) {
        em.createNativeQuery("delete from rm_change where changed_at < now() - interval '30 days' and instance <> ?1")
                .setParameter(1, instance).executeUpdate();
    }
}
