package io.salesplan.pipeline.funnel;

import io.salesplan.pipeline.opportunity.OpportunityRepository;
import io.salesplan.pipeline.opportunity.OpportunityScope;
import io.salesplan.pipeline.opportunity.Owners;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineLookup;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class FunnelService {

    private final PipelineLookup pipelines;
    private final OpportunityScope scope;
    private final OpportunityRepository opportunities;
    private final PlatformConfig config;

    public FunnelService(PipelineLookup pipelines, OpportunityScope scope,
            OpportunityRepository opportunities, PlatformConfig config) {
        this.pipelines = pipelines;
        this.scope = scope;
        this.opportunities = opportunities;
        this.config = config;
    }

    /**
     * The funnel of a pipeline over the opportunities the caller may see, optionally of one owner
     * and/or one team (with its sub-teams); a filter outside the caller's scope is a 403.
     */
    @Transactional
    public FunnelView funnel(UUID pipelineId, UUID ownerId, UUID teamId) {
        Owners owners = scope.owners(ownerId, teamId);
        Pipeline pipeline = pipelines.require(pipelineId);
        Map<String, Funnel.Tally> tallies = opportunities.openTallies(pipelineId, owners).stream()
                .collect(Collectors.toMap(OpportunityRepository.StageTally::stage,
                        t -> new Funnel.Tally(t.count(), t.amount())));
        List<Funnel.Stage> open = pipeline.openStages().stream()
                .map(s -> new Funnel.Stage(s.key, s.probability)).toList();
        return FunnelView.from(pipelineId, config.currency(), Funnel.compute(open, tallies));
    }
}
