package io.salesplan.goals.goal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ACTIVE goals count in reports; ARCHIVED ones (deleted or replaced) are kept for history only.")
public enum GoalStatus {
    ACTIVE, ARCHIVED
}
