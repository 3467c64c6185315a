package io.salesplan.activity.activity;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The filters of the activity list; {@code toExclusive} is the first instant no longer included. */
public record ActivityFilter(UUID ownerId, UUID opportunityId, UUID accountId, ActivityType type,
        OffsetDateTime from, OffsetDateTime toExclusive) {

    /** A stable text of the filters, binding a cursor to the query it came from. */
    public String queryKey() {
        return "activities|owner=" + ownerId + "|opportunity=" + opportunityId + "|account=" + accountId
                + "|type=" + type + "|from=" + from + "|to=" + toExclusive;
    }
}
