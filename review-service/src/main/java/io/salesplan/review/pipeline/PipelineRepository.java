package io.salesplan.review.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PipelineRepository implements PanacheRepositoryBase<Pipeline, UUID> {

    /** The default pipeline; if producers ever marked two, the most recently changed one. */
    public Optional<Pipeline> findDefault() {
        return find("isDefault = true", Sort.descending("version").and("pipelineId")).firstResultOptional();
    }
}
