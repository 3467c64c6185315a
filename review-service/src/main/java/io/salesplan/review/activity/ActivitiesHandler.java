package io.salesplan.review.activity;

import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.inbox.EventHandler;
import io.salesplan.review.live.ReadModelChanges;
import io.salesplan.review.aggregate.DailyAggregates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Activities from activity-service, a poll at a time; tasks and reminders are not needed here. */
@ApplicationScoped
public class ActivitiesHandler implements EventHandler {

    private final EventCodec codec;
    private final DailyAggregates aggregates;
    private final ActivityProjection activities;
    private final ReadModelChanges readModel;

    public ActivitiesHandler(EventCodec codec, ActivityProjection activities, DailyAggregates aggregates,
            ReadModelChanges readModel) {
        this.codec = codec;
        this.activities = activities;
        this.aggregates = aggregates;
        this.readModel = readModel;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.activities");
    }

    /**
     * The projection keeps each activity's version and ignores a change that is not newer, under a
     * lock on the activity's row: a redelivered or older event counts nothing, so the inbox need not
     * record these events (tasks' and reminders' events on this topic change nothing here at all).
     */
    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public void handle(EventEnvelope event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<EventEnvelope> events) {
        List<ActivityProjection.Change> changes = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            switch (event.type()) {
                case "salesplan.activity.logged.v1", "salesplan.activity.updated.v1" ->
                        changes.add(new ActivityProjection.Change(codec.data(event, ActivityChangedV1.class), false));
                case "salesplan.activity.deleted.v1" ->
                        changes.add(new ActivityProjection.Change(codec.data(event, ActivityChangedV1.class), true));
                default -> {
                    // not part of the read model
                }
            }
        }
        activities.apply(changes);
        if (!changes.isEmpty()) {
            readModel.changed();
        }
    }

    @Override
    public void flush() {
        aggregates.flush();
    }
}
