package io.salesplan.review.dailyplan;

import io.salesplan.review.goal.ActivityType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DailyPlan", description = "What a rep needs to do on one day to stay on target: each ACTIVITIES and "
        + "OPPORTUNITIES_CREATED goal of the rep whose period covers the date, re-paced from what is left")
public record DailyPlanView(UUID repId, @Schema(example = "2026-03-02") LocalDate date, List<Item> items) {

    @Schema(name = "DailyPlanItem")
    public record Item(
            UUID goalId,
            @Schema(enumeration = {"ACTIVITIES", "OPPORTUNITIES_CREATED"}) String metric,
            @Schema(description = "For ACTIVITIES: the type counted; null means every type",
                    nullable = true) ActivityType activityType,
            @Schema(description = "target − actual before the date (from the period's first day to the day before), "
                    + "never below 0", example = "34") BigDecimal remaining,
            @Schema(description = "Working days (Monday to Friday) from the date to the period's end, both included",
                    example = "22") int remainingWorkingDays,
            @Schema(description = "ceil(remaining ÷ remainingWorkingDays); all of remaining when no working day is "
                    + "left", example = "2") long requiredToday,
            @Schema(description = "What was done on the date itself", example = "1") long doneToday) {
    }
}
