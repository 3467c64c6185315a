package io.salesplan.pipeline.pipeline;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "pipeline")
public class Pipeline {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "is_default", nullable = false)
    public boolean isDefault;

    @Column(nullable = false)
    public Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pipeline_stage", joinColumns = @JoinColumn(name = "pipeline_id"))
    @OrderColumn(name = "position")
    public List<PipelineStage> stages = new ArrayList<>();

    /** The codes a lost deal of this pipeline must give, in the order the pipeline lists them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pipeline_lost_reason", joinColumns = @JoinColumn(name = "pipeline_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 64)
    public List<String> lostReasonCodes = new ArrayList<>();

    @Version
    public long version;

    public Optional<PipelineStage> stage(String key) {
        return stages.stream().filter(s -> s.key.equals(key)).findFirst();
    }

    public PipelineStage firstOpenStage() {
        return stages.stream().filter(s -> s.kind == StageKind.OPEN).findFirst()
                .orElseThrow(() -> new IllegalStateException("pipeline " + id + " has no open stage"));
    }

    public List<PipelineStage> openStages() {
        return stages.stream().filter(s -> s.kind == StageKind.OPEN).toList();
    }
}
