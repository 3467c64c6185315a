package io.salesplan.pipeline.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.salesplan.platform.page.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
     * @param filter the list's filters but its owner and team, which {@code owners} carries
     */
    public List<Opportunity> page(OpportunityFilter filter, Owners owners, Keyset.Position<Instant> after, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrictOwners(owners, where, params);
        if (filter.accountId() != null) {
            where.add("o.accountId = :account");
            params.put("account", filter.accountId());
        }
        if (filter.pipelineId() != null) {
            where.add("o.pipelineId = :pipeline");
            params.put("pipeline", filter.pipelineId());
        }
        if (filter.stage() != null) {
            where.add("o.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.status() != null) {
            where.add("o.status = :status");
            params.put("status", filter.status());
        }
        if (filter.closeFrom() != null) {
            where.add("o.expectedCloseDate >= :closeFrom");
            params.put("closeFrom", filter.closeFrom());
        }
        if (filter.closeTo() != null) {
            where.add("o.expectedCloseDate <= :closeTo");
            params.put("closeTo", filter.closeTo());
        }
        if (after != null) {
            where.add(after.condition("o.createdAt", "o.id", Keyset.Direction.DESCENDING));
            params.putAll(after.parameters());
        }
        String query = (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by o.createdAt desc, o.id desc";
        return find("from Opportunity o" + query, params).range(0, size - 1).list();
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
    public List<StageTally> openTallies(UUID pipelineId, Owners owners) {
        List<String> where = new ArrayList<>(List.of("o.pipelineId = :pipeline", "o.status = :open"));
        Map<String, Object> params = new HashMap<>(Map.of("pipeline", pipelineId, "open", OpportunityStatus.OPEN));
        restrictOwners(owners, where, params);
        var query = getEntityManager().createQuery("select o.stage, count(o), coalesce(sum(o.amount), 0) "
                + "from Opportunity o where " + String.join(" and ", where) + " group by o.stage", Object[].class);
        params.forEach(query::setParameter);
        return query.getResultStream()
                .map(r -> new StageTally((String) r[0], (Long) r[1], (BigDecimal) r[2]))
                .toList();
    }

    private static void restrictOwners(Owners owners, List<String> where, Map<String, Object> params) {
        if (owners.ownerId() != null) {
            where.add("o.ownerId = :owner");
            params.put("owner", owners.ownerId());
        }
        if (owners.teamIds() != null) {
            where.add("o.ownerId in (select r.id from Rep r where r.teamId in :teams)");
            params.put("teams", owners.teamIds());
        }
        if (owners.visible() != null) {
            where.add("o.ownerId in :visible");
            params.put("visible", owners.visible());
        }
    }

    public record StageTally(String stage, long count, BigDecimal amount) {
    }
}
