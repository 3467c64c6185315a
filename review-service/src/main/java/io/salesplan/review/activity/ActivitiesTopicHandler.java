package io.salesplan.review.activity;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import io.salesplan.review.aggregate.DailyAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Activities from activity-service; tasks and reminders are not needed here. */
@ApplicationScoped
public class ActivitiesTopicHandler implements EventHandler {

    private final EventCodec codec;
    private final DailyAggregates aggregates;
    private final ActivityProjection activities;

    public ActivitiesTopicHandler(EventCodec codec, ActivityProjection activities, DailyAggregates aggregates) {
        this.codec = codec;
        this.activities = activities;
        this.aggregates = aggregates;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.activities");
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case "salesplan.activity.logged.v1", "salesplan.activity.updated.v1" ->
                    activities.apply(codec.data(event, ActivityChangedV1.class), false);
            case "salesplan.activity.deleted.v1" -> activities.apply(codec.data(event, ActivityChangedV1.class), true);
            default -> {
                // not part of the read model
            }
        }
    }

    @Override
    public void flush() {
        aggregates.flush();
    }
}
