package io.salesplan.review.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The stage history: one row per move, keyed by the opportunity's version, so a repeat is a no-op. */
@ApplicationScoped
public class StageMoveRepository {

    private static final String INSERT = "insert into rm_stage_move (opportunity_id, version, from_stage, to_stage, "
            + "to_kind, moved_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (opportunity_id, version) do nothing";

    private final EntityManager em;

    public StageMoveRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID opportunityId, long version, String fromStage, String toStage, String toKind,
            OffsetDateTime at) {
        em.createNativeQuery(INSERT).setParameter(1, opportunityId).setParameter(2, version)
                .setParameter(3, fromStage).setParameter(4, toStage).setParameter(5, toKind).setParameter(6, at)
                .executeUpdate();
    }
}
