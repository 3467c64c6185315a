package io.salesplan.review.conversion;

import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The test oracle: the raw-row query the conversion report ran before it read {@code agg_conversion} (issue 18). */
@ApplicationScoped
public class RawConversionQueries {

    private final EntityManager em;
    private final BusinessCalendar calendar;

    public RawConversionQueries(EntityManager em, BusinessCalendar calendar) {
        this.em = em;
        this.calendar = calendar;
    }

    public List<CohortDeal> cohort(OwnerScope owner, ReportWindow window, Pipeline pipeline) {
        ScopeFilter filter = ScopeFilter.of(owner, "o.owner_id");
        Instant until = window.asOf().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        String sql = filter.with() + "select o.opportunity_id, o.initial_stage, o.created_at, o.stage, m.from_stage, "
                + "m.to_stage, m.to_kind, m.moved_at from rm_opportunity o left join rm_stage_move m "
                + "on m.opportunity_id = o.opportunity_id and m.moved_at < :until "
                + "where (o.pipeline_id = :pipeline" + (pipeline.isDefault ? " or o.pipeline_id is null" : "") + ") "
                + "and o.created_date between :from and :to and " + filter.condition()
                + " order by o.opportunity_id, m.version";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("until", OffsetDateTime.ofInstant(until, calendar.zone()))
                .setParameter("pipeline", pipeline.pipelineId)
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .getResultList();
        Map<UUID, Builder> deals = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Builder deal = deals.computeIfAbsent((UUID) row[0],
                    id -> new Builder((String) row[1], instant(row[2]), (String) row[3]));
            if (row[5] != null) {
                deal.add((String) row[4], new CohortDeal.Move((String) row[5], (String) row[6], instant(row[7])));
            }
        }
        return deals.values().stream().map(Builder::build).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static final class Builder {
        private String initialStage;
        private final Instant createdAt;
        private final String currentStage;
        private final List<CohortDeal.Move> moves = new ArrayList<>();

        Builder(String initialStage, Instant createdAt, String currentStage) {
            this.initialStage = initialStage;
            this.createdAt = createdAt;
            this.currentStage = currentStage;
        }

        void add(String fromStage, CohortDeal.Move move) {
            if (moves.isEmpty() && initialStage == null) {
                initialStage = fromStage;
            }
            moves.add(move);
        }

        CohortDeal build() {
            String start = initialStage != null ? initialStage : moves.isEmpty() ? currentStage : null;
            return new CohortDeal(start, createdAt, moves);
        }
    }
}
