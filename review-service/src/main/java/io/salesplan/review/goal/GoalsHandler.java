package io.salesplan.review.goal;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import io.salesplan.review.live.ReadModelChanges;
import io.salesplan.review.org.OrgProjection;
import io.salesplan.review.org.RepChangedV1;
import io.salesplan.review.org.TeamChangedV1;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Teams, reps and goals from goals-service; other event types of the topic are not needed here. */
@ApplicationScoped
public class GoalsHandler implements EventHandler {

    private final EventCodec codec;
    private final OrgProjection org;
    private final GoalProjection goals;
    private final ReadModelChanges readModel;

    public GoalsHandler(EventCodec codec, OrgProjection org, GoalProjection goals, ReadModelChanges readModel) {
        this.codec = codec;
        this.org = org;
        this.goals = goals;
        this.readModel = readModel;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.goals");
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case "salesplan.team.created.v1", "salesplan.team.updated.v1" ->
                    org.apply(codec.data(event, TeamChangedV1.class));
            case "salesplan.rep.created.v1", "salesplan.rep.updated.v1" ->
                    org.apply(codec.data(event, RepChangedV1.class));
            case "salesplan.goal.created.v1", "salesplan.goal.updated.v1" ->
                    goals.apply(codec.data(event, GoalChangedV1.class), false);
            case "salesplan.goal.archived.v1" -> goals.apply(codec.data(event, GoalChangedV1.class), true);
            default -> {
                return; // not part of the read model
            }
        }
        readModel.changed();
    }
}
