package io.salesplan.review.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A pipeline's latest definition; its stages are kept as a JSON array ordered by position. */
@Entity
@Table(name = "rm_pipeline")
public class Pipeline {

    @Id
    @Column(name = "pipeline_id")
    public UUID pipelineId;

    @Column(length = 500)
    public String name;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(nullable = false, columnDefinition = "text")
    public String stages;

    @Column(nullable = false)
    public long version;
}
