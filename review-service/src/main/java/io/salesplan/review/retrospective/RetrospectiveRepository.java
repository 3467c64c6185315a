package io.salesplan.review.retrospective;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RetrospectiveRepository implements PanacheRepositoryBase<Retrospective, UUID> {

    /** Filters of the list; a null filter matches everything, {@code companyScope} means scopeId is null. */
    public record Filter(String scopeType, UUID scopeId, Cadence cadence, String period) {
    }

    /** Where a page starts: after the retrospective created at {@code createdAt} with this id. */
    public record After(OffsetDateTime createdAt, UUID id) {
    }

    /** One page, oldest first (creation time, then id), after {@code after}; one more than limit to see if more exist. */
    public List<Retrospective> page(Filter filter, After after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.scopeType() != null) {
            where.add("scopeType = :scopeType");
            params.and("scopeType", filter.scopeType());
        }
        if (filter.scopeId() != null) {
            where.add("scopeId = :scopeId");
            params.and("scopeId", filter.scopeId());
        }
        if (filter.cadence() != null) {
            where.add("cadence = :cadence");
            params.and("cadence", filter.cadence());
        }
        if (filter.period() != null) {
            where.add("period = :period");
            params.and("period", filter.period());
        }
        if (after != null) {
            where.add("(createdAt > :afterTime or (createdAt = :afterTime and id > :afterId))");
            params.and("afterTime", after.createdAt()).and("afterId", after.id());
        }
        String query = where.isEmpty() ? "true = true" : String.join(" and ", where);
        return find(query, Sort.by("createdAt").and("id"), params).page(0, limit + 1).list();
    }
}
