package io.salesplan.pipeline.funnel;

import io.salesplan.pipeline.opportunity.OpportunityRepository;
import io.salesplan.pipeline.org.OrgDirectory;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineService;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class FunnelService {

    private final PipelineService pipelines;
    private final OpportunityRepository opportunities;
    private final OrgDirectory org;
    private final PlatformConfig config;

    public FunnelService(PipelineService pipelines, OpportunityRepository opportunities, OrgDirectory org,
            PlatformConfig config) {
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.org = org;
        this.config = config;
    }

    /** The funnel of a pipeline, optionally of one owner and/or one team (with its sub-teams). */
    @Transactional
    public FunnelResponse funnel(UUID pipelineId, UUID ownerId, UUID teamId) {
        Pipeline pipeline = pipelines.require(pipelineId);
        List<UUID> teams = teamId == null ? null : org.teamWithSubTeams(teamId);
        Map<String, Funnel.Tally> tallies = opportunities.openTallies(pipelineId, ownerId, teams).stream()
                .collect(Collectors.toMap(OpportunityRepository.StageTally::stage,
                        t -> new Funnel.Tally(t.count(), t.amount())));
        List<Funnel.Stage> open = pipeline.openStages().stream()
                .map(s -> new Funnel.Stage(s.key, s.probability)).toList();
        return FunnelResponse.from(pipelineId, config.currency(), Funnel.compute(open, tallies));
    }
}
