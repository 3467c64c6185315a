package io.salesplan.pipeline.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One stage of a pipeline; its position is the list index in {@link Pipeline#stages}. */
@Embeddable
public class PipelineStage {

    @Column(name = "stage_key", nullable = false, length = 64)
    public String key;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public StageKind kind;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal probability;

    public PipelineStage() {
    }

    public PipelineStage(String key, String name, StageKind kind, BigDecimal probability) {
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.probability = probability;
    }

    boolean sameAs(PipelineStage other) {
        return key.equals(other.key) && name.equals(other.name) && kind == other.kind
                && probability.compareTo(other.probability) == 0;
    }
}
