package io.salesplan.pipeline.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class OpportunityRepository implements PanacheRepositoryBase<Opportunity, UUID> {

    public Optional<Opportunity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * A page of the list, newest first, after the given position (null for the first page).
     *
     * @param teamIds the team filter expanded to the team and its sub-teams, or null
     */
    public List<Opportunity> page(OpportunityFilter filter, List<UUID> teamIds, Instant afterCreatedAt, UUID afterId,
            int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.ownerId() != null) {
            where.add("ownerId = :owner");
            params.and("owner", filter.ownerId());
        }
        if (teamIds != null) {
            where.add("ownerId in (select r.id from Rep r where r.teamId in :teams)");
            params.and("teams", teamIds);
        }
        if (filter.accountId() != null) {
            where.add("accountId = :account");
            params.and("account", filter.accountId());
        }
        if (filter.pipelineId() != null) {
            where.add("pipelineId = :pipeline");
            params.and("pipeline", filter.pipelineId());
        }
        if (filter.stage() != null) {
            where.add("stage = :stage");
            params.and("stage", filter.stage());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.closeFrom() != null) {
            where.add("expectedCloseDate >= :closeFrom");
            params.and("closeFrom", filter.closeFrom());
        }
        if (filter.closeTo() != null) {
            where.add("expectedCloseDate <= :closeTo");
            params.and("closeTo", filter.closeTo());
        }
        if (afterCreatedAt != null) {
            where.add("(createdAt < :at or (createdAt = :at and id < :id))");
            params.and("at", afterCreatedAt).and("id", afterId);
        }
        String query = (where.isEmpty() ? "" : "where " + String.join(" and ", where))
                + " order by createdAt desc, id desc";
        return find("from Opportunity " + query, params).range(0, size - 1).list();
    }

    /** How many opportunities (open or closed) sit in each of the pipeline's stages. */
    public Map<String, Long> countByStage(UUID pipelineId) {
        return getEntityManager().createQuery(
                "select o.stage, count(o) from Opportunity o where o.pipelineId = :p group by o.stage", Object[].class)
                .setParameter("p", pipelineId)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    /** Keeps the stored probability of every opportunity in a stage in step with the stage. */
    public void updateProbability(UUID pipelineId, String stage, BigDecimal probability) {
        update("probability = :p where pipelineId = :pipeline and stage = :stage and probability <> :p",
                Parameters.with("p", probability).and("pipeline", pipelineId).and("stage", stage));
    }

    /** Count and amount of open opportunities per stage, for the funnel. */
    public List<StageTally> openTallies(UUID pipelineId, UUID ownerId, List<UUID> teamIds) {
        StringBuilder query = new StringBuilder("select o.stage, count(o), coalesce(sum(o.amount), 0) from Opportunity o "
                + "where o.pipelineId = :pipeline and o.status = :open");
        if (ownerId != null) {
            query.append(" and o.ownerId = :owner");
        }
        if (teamIds != null) {
            query.append(" and o.ownerId in (select r.id from Rep r where r.teamId in :teams)");
        }
        query.append(" group by o.stage");
        var typed = getEntityManager().createQuery(query.toString(), Object[].class)
                .setParameter("pipeline", pipelineId)
                .setParameter("open", OpportunityStatus.OPEN);
        if (ownerId != null) {
            typed.setParameter("owner", ownerId);
        }
        if (teamIds != null) {
            typed.setParameter("teams", teamIds);
        }
        return typed.getResultStream()
                .map(r -> new StageTally((String) r[0], (Long) r[1], (BigDecimal) r[2]))
                .toList();
    }

    public record StageTally(String stage, long count, BigDecimal amount) {
    }
}
