package io.salesplan.review.pipeline;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import io.salesplan.review.live.ReadModelChanges;
import io.salesplan.review.opportunity.OpportunityChangedV1;
import io.salesplan.review.opportunity.OpportunityProjection;
import io.salesplan.review.opportunity.OpportunityStageChangedV1;
import io.salesplan.review.aggregate.DailyAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Pipelines and opportunities from pipeline-service; accounts are not needed here (opportunities carry the profile). */
@ApplicationScoped
public class PipelineHandler implements EventHandler {

    private final EventCodec codec;
    private final DailyAggregates aggregates;
    private final PipelineProjection pipelines;
    private final OpportunityProjection opportunities;
    private final ReadModelChanges readModel;

    public PipelineHandler(EventCodec codec, PipelineProjection pipelines, OpportunityProjection opportunities,
            DailyAggregates aggregates, ReadModelChanges readModel) {
        this.codec = codec;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.aggregates = aggregates;
        this.readModel = readModel;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.pipeline");
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case "salesplan.pipeline.defined.v1" -> pipelines.apply(codec.data(event, PipelineDefinedV1.class));
            case "salesplan.opportunity.created.v1" ->
                    opportunities.apply(codec.data(event, OpportunityChangedV1.class), true);
            case "salesplan.opportunity.updated.v1" ->
                    opportunities.apply(codec.data(event, OpportunityChangedV1.class), false);
            case "salesplan.opportunity.stage-changed.v1" ->
                    opportunities.apply(codec.data(event, OpportunityStageChangedV1.class));
            default -> {
                return; // not part of the read model
            }
        }
        readModel.changed();
    }

    @Override
    public void flush() {
        aggregates.flush();
    }
}
