package io.salesplan.activity.agenda;

import io.salesplan.activity.activity.ActivityResponse;
import io.salesplan.activity.activity.ActivityType;
import io.salesplan.activity.task.TaskResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agenda", description = "A rep's day: open tasks due that day, open tasks overdue from earlier days, and "
        + "the activities logged that day by type.")
public record AgendaView(
        UUID repId,
        @Schema(example = "2026-03-02") LocalDate date,
        @Schema(description = "Open tasks due that day (in the deployment's zone), soonest first; those already past due "
                + "have overdue = true.") List<TaskResponse> dueToday,
        @Schema(description = "Open tasks due before that day, oldest first.") List<TaskResponse> overdue,
        @Schema(description = "Activities logged that day, oldest first, under their type (every type is present).")
        Map<ActivityType, List<ActivityResponse>> activities,
        @Schema(description = "How many activities of each type were logged that day (every type is present).")
        Map<ActivityType, Long> activityCounts) {
}
