package io.salesplan.pipeline.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StageChangeRepository implements PanacheRepository<StageChange> {

    /** Oldest first; moves at the same instant in the order they were recorded. */
    public List<StageChange> history(UUID opportunityId) {
        return list("opportunityId = ?1 order by at, id", opportunityId);
    }

    public Optional<StageChange> latest(UUID opportunityId) {
        return find("opportunityId = ?1 order by at desc, id desc", opportunityId).firstResultOptional();
    }
}
