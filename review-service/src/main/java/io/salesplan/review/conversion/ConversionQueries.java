package io.salesplan.review.conversion;

import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The funnel of a cohort from the conversion aggregates: the rows of its creation days as of now, minus the
 * changes dated after {@code asOf} (none for a report as of today). A team reads the rows of its teams and
 * their sub-teams, a rep the rep's, the company its total: a few rows per day and stage, whatever the number
 * of deals.
 */
@ApplicationScoped
public class ConversionQueries {

    private static final String TEAM_TREE = "with recursive subtree(team_id) as (select cast(:team as uuid) "
            + "union select t.team_id from rm_team t join subtree s on t.parent_team_id = s.team_id) ";

    private final EntityManager em;

    public ConversionQueries(EntityManager em) {
        this.em = em;
    }

    public Funnel funnel(OwnerScope owner, ReportWindow window, Pipeline pipeline, int openStages) {
        boolean team = owner.type() == OwnerType.TEAM;
        String table = team ? "agg_team_conversion" : "agg_conversion";
        String owners = team ? "owner_id in (select team_id from subtree)" : "owner_id = :owner";
        String rows = " where " + owners + " and pipeline_id in (:pipeline, :none) and created_day between :from and :to";
        String sql = (team ? TEAM_TREE : "") + "select position, sum(deals), sum(won), sum(lost), sum(reached), "
                + "sum(stays), sum(stay_seconds) from (select position, deals, won, lost, reached, stays, "
                + "stay_seconds from " + table + rows + " union all select position, -deals, -won, -lost, -reached, "
                + "-stays, -stay_seconds from " + table + "_change" + rows + " and changed_on > :asOf) r "
                + "group by position";
        Query query = em.createNativeQuery(sql)
                .setParameter("pipeline", pipeline.pipelineId)
                .setParameter("none", pipeline.isDefault ? ConversionAggregates.NO_PIPELINE : pipeline.pipelineId)
                .setParameter("from", window.from())
                .setParameter("to", window.until())
                .setParameter("asOf", window.asOf());
        if (team) {
            query.setParameter("team", owner.id());
        } else {
            query.setParameter("owner", owner.type() == OwnerType.COMPANY
                    ? OwnerScope.COMPANY_ID : owner.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        Funnel funnel = new Funnel(openStages);
        for (Object[] row : result) {
            int position = ((Number) row[0]).intValue();
            if (position < 0) {
                funnel.addDeals(number(row[1]), number(row[2]), number(row[3]));
            } else if (position < openStages) {
                funnel.addStage(position, number(row[4]), number(row[5]), number(row[6]));
            }
        }
        return funnel;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
