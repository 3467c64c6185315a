package io.salesplan.goals.adjustment;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Records the adjustment proposals review-service publishes; other review events are not ours to act on. */
@ApplicationScoped
public class AdjustmentProposedHandler implements EventHandler {

    public static final String TOPIC = "salesplan.reviews";

    private final PlanAdjustmentService service;
    private final EventCodec codec;

    public AdjustmentProposedHandler(PlanAdjustmentService service, EventCodec codec) {
        this.service = service;
        this.codec = codec;
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        if (AdjustmentProposedV1.TYPE.equals(event.type())) {
            service.propose(codec.data(event, AdjustmentProposedV1.class), event.actor());
        }
    }
}
