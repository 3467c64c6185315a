package io.salesplan.pipeline.opportunity;

import static io.salesplan.pipeline.opportunity.OpportunityInputs.instant;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.money;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.now;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineLookup;
import io.salesplan.pipeline.pipeline.PipelineStage;
import io.salesplan.pipeline.pipeline.StageKind;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Moves opportunities between the stages of their pipeline and answers their stage history. */
@ApplicationScoped
public class StageMoveService {

    private final OpportunityRepository opportunities;
    private final StageChangeRepository changes;
    private final PipelineLookup pipelines;
    private final StagePlacement placement;
    private final OpportunityEvents events;
    private final Access access;
    private final Actors actors;
    private final String currency;

    public StageMoveService(OpportunityRepository opportunities, StageChangeRepository changes,
            PipelineLookup pipelines, StagePlacement placement, OpportunityEvents events, Access access, Actors actors,
            PlatformConfig config) {
        this.opportunities = opportunities;
        this.changes = changes;
        this.pipelines = pipelines;
        this.placement = placement;
        this.events = events;
        this.access = access;
        this.actors = actors;
        this.currency = config.currency();
    }

    /**
     * Moves the opportunity to a stage. Moving to the stage it is in changes nothing and publishes
     * nothing; moving a closed deal to an open stage reopens it.
     */
    @Transactional
    public OpportunityResponse move(UUID id, String ifMatch, StageMoveRequest move) {
        Opportunity o = OpportunityScope.visible(access.grant(Operation.OPPORTUNITIES),
                opportunities.findForUpdate(id), id);
        Versions.checkIfMatch(ifMatch, o.version);
        Pipeline pipeline = pipelines.resolveForPlacement(o.pipelineId);
        PipelineStage target = StagePlacement.stageOf(pipeline, move.stage().strip());
        StagePlacement.Loss loss = StagePlacement.loss(pipeline, target, move.lostReasonCode(), move.lostReason());
        if (move.amount() != null && target.kind != StageKind.WON) {
            throw ApiException.invalid("amount", "a final amount can only be given when moving to the WON stage; "
                    + "PATCH the opportunity to change its amount");
        }
        if (target.key.equals(o.stage)) {
            return OpportunityResponse.from(o, currency);
        }
        Instant now = now();
        Instant at = move.at() == null ? now : instant(move.at());
        if (at.isAfter(now)) {
            throw ApiException.invalid("at", "must not be in the future");
        }
        if (at.isBefore(o.createdAt)) {
            throw ApiException.invalid("at", "must not be before the opportunity was created (" + o.createdAt + ")");
        }
        Optional<StageChange> previous = changes.latest(o.id);
        if (previous.isPresent() && at.isBefore(previous.get().at)) {
            throw ApiException.invalid("at", "must not be before the previous stage move (" + previous.get().at + ")");
        }
        String fromStage = o.stage;
        StageKind fromKind = pipeline.stage(fromStage).map(s -> s.kind).orElse(StageKind.OPEN);
        placement.enter(o, target, at, loss);
        if (move.amount() != null) {
            o.amount = money(move.amount());
        }
        o.updatedAt = now;
        o.updatedBy = actors.current();
        StageChange change = new StageChange();
        change.opportunityId = o.id;
        change.fromStage = fromStage;
        change.toStage = target.key;
        change.at = at;
        change.movedBy = o.updatedBy;
        changes.persist(change);
        opportunities.flush();
        events.stageChanged(o, fromStage, fromKind, at);
        return OpportunityResponse.from(o, currency);
    }

    @Transactional
    public HistoryResponse history(UUID id) {
        OpportunityScope.visible(access.grant(Operation.OPPORTUNITIES), opportunities.findByIdOptional(id), id);
        return new HistoryResponse(changes.history(id).stream().map(HistoryResponse.Move::from).toList());
    }
}
