package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.org.OrgDirectory;
import io.salesplan.pipeline.pipeline.PipelineLookup;
import io.salesplan.pipeline.pipeline.StageKind;
import io.salesplan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Publishes an opportunity's events through the outbox, in the transaction that changed it. */
@ApplicationScoped
public class OpportunityEvents {

    private final Outbox outbox;
    private final PipelineLookup pipelines;
    private final OrgDirectory org;

    public OpportunityEvents(Outbox outbox, PipelineLookup pipelines, OrgDirectory org) {
        this.outbox = outbox;
        this.pipelines = pipelines;
        this.org = org;
    }

    public void created(Opportunity o, UUID teamId, StageKind kind) {
        outbox.publish(OpportunityEventV1.CREATED, o.id.toString(), OpportunityEventV1.from(o, teamId, kind));
    }

    public void updated(Opportunity o) {
        outbox.publish(OpportunityEventV1.UPDATED, o.id.toString(), state(o));
    }

    public void stageChanged(Opportunity o, String fromStage, StageKind fromKind, Instant at) {
        outbox.publish(OpportunityStageChangedV1.TYPE, o.id.toString(),
                OpportunityStageChangedV1.from(state(o), fromStage, fromKind, OpportunityResponse.utc(at)));
    }

    private OpportunityEventV1 state(Opportunity o) {
        StageKind kind = pipelines.resolve(o.pipelineId).stage(o.stage).map(s -> s.kind).orElse(StageKind.OPEN);
        return OpportunityEventV1.from(o, org.teamOf(o.ownerId).orElse(null), kind);
    }
}
