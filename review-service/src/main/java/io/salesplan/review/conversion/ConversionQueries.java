package io.salesplan.review.conversion;

import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * The funnel of a cohort from the conversion aggregates: the rows of its creation days as of now, minus the
 * changes dated after {@code asOf} (none for a report as of today). A team reads the rows of its teams and
 * their sub-teams, a rep the rep's, the company its total: a few rows per day and stage, whatever the number
 * of deals.
 */
@ApplicationScoped
public class ConversionQueries {

    private static final String ROWS = " where owner_id in (:owners) and pipeline_id in (:pipeline, :none) "
            + "and created_day between :from and :to";

    private final EntityManager em;
    private final TeamRepository teams;

    public ConversionQueries(EntityManager em, TeamRepository teams) {
        this.em = em;
        this.teams = teams;
    }

    public Funnel funnel(OwnerScope owner, ReportWindow window, Pipeline pipeline, int openStages) {
        Funnel funnel = new Funnel(openStages);
        if (window.until().isBefore(window.from())) {
            return funnel;
        }
        String table = owner.type() == OwnerType.TEAM ? "agg_team_conversion" : "agg_conversion";
        String sql = "select position, sum(deals), sum(won), sum(lost), sum(reached), sum(stays), sum(stay_seconds) "
                + "from (select position, deals, won, lost, reached, stays, stay_seconds from " + table + ROWS
                + " union all select position, -deals, -won, -lost, -reached, -stays, -stay_seconds from " + table
                + "_change" + ROWS + " and changed_on > :asOf) r group by position";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("owners", owners(owner))
                .setParameter("pipeline", pipeline.pipelineId)
                .setParameter("none", pipeline.isDefault ? ConversionAggregates.NO_PIPELINE : pipeline.pipelineId)
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .setParameter("asOf", window.asOf())
                .getResultList();
        for (Object[] row : rows) {
            int position = ((Number) row[0]).intValue();
            if (position < 0) {
                funnel.addDeals(number(row[1]), number(row[2]), number(row[3]));
            } else if (position < openStages) {
                funnel.addStage(position, number(row[4]), number(row[5]), number(row[6]));
            }
        }
        return funnel;
    }

    /** The owners whose rows make up a scope: the company's total, the rep, or the team tree's teams. */
    private Collection<?> owners(OwnerScope scope) {
        return switch (scope.type()) {
            case COMPANY -> List.of(OwnerScope.COMPANY_ID);
            case REP -> List.of(scope.id());
            // resolved first, so that the aggregate query is an index lookup per team
            case TEAM -> teams.subtree(scope.id());
        };
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
