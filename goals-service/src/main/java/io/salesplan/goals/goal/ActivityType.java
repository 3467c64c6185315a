package io.salesplan.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The activity types activity-service records. */
@Schema(description = "A kind of sales activity, as logged in activity-service.")
public enum ActivityType {
    CALL, VISIT, DEMO, EMAIL, MEETING, OTHER
}
