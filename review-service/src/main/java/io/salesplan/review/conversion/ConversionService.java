package io.salesplan.review.conversion;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.pipeline.Pipeline;
import io.salesplan.review.pipeline.PipelineRepository;
import io.salesplan.review.pipeline.PipelineStages;
import io.salesplan.review.pipeline.StageDefinition;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The conversion funnel of the opportunities created in a window, from the conversion aggregates. */
@ApplicationScoped
public class ConversionService {

    private final Access access;
    private final PipelineRepository pipelines;
    private final PipelineStages stages;
    private final ConversionQueries queries;

    public ConversionService(Access access, PipelineRepository pipelines, PipelineStages stages,
            ConversionQueries queries) {
        this.access = access;
        this.pipelines = pipelines;
        this.stages = stages;
        this.queries = queries;
    }

    /** {@link #ofOwner} for the caller: a 403 when the owner is outside their scope. */
    @Transactional
    public ConversionView conversion(OwnerScope owner, ReportWindow window, UUID pipelineId) {
        OwnerAccess.require(access.grant(Operation.REPORTS), owner, "ownerType", "ownerId");
        return ofOwner(owner, window, pipelineId);
    }

    /** Any owner's funnel. No access check: for callers that made their own (a retrospective's snapshot). */
    @Transactional
    public ConversionView ofOwner(OwnerScope owner, ReportWindow window, UUID pipelineId) {
        Optional<Pipeline> pipeline = pipelineId == null ? pipelines.findDefault()
                : pipelines.findByIdOptional(pipelineId);
        if (pipeline.isEmpty()) {
            if (pipelineId != null) {
                throw ApiException.unknownReference("pipelineId", "pipeline " + pipelineId + " does not exist");
            }
            return new ConversionView(null, window.from(), window.to(), window.asOf(), 0, 0, 0, List.of(), null, null);
        }
        List<StageDefinition> definition = stages.of(pipeline.get());
        Funnel cohort = queries.funnel(owner, window, pipeline.get(), ConversionCalculator.openStages(definition));
        ConversionCalculator.Result result = ConversionCalculator.result(definition, cohort);
        return new ConversionView(pipeline.get().pipelineId, window.from(), window.to(), window.asOf(), cohort.deals(),
                result.won(), result.lost(), result.stages(), result.winRate(), result.biggestLeak());
    }
}
