package io.salesplan.goals.goal;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GoalHistory", description = "Every change to a goal's target, period or status, oldest first. "
        + "A goal's first entries record how it started (from null, reason 'created').")
public record GoalHistoryResponse(List<GoalHistoryItem> items) {

    public static GoalHistoryResponse of(List<GoalHistoryEntry> entries) {
        return new GoalHistoryResponse(entries.stream().map(e -> new GoalHistoryItem(e.at, e.actor, e.field.name(), e.from,
                e.to, e.reason)).toList());
    }

    @Schema(name = "GoalHistoryItem", description = "One change to a goal.")
    public record GoalHistoryItem(
            @Schema(description = "When it changed.") Instant at,
            @Schema(description = "Who changed it: the subject of their token ('system' when an event did).",
                    examples = "li.wei@example.com") String actor,
            @Schema(description = "The API's name of the field that changed.", enumeration = {"targetValue", "period", "status"})
            String field,
            @Schema(description = "The value before, as text (decimals as plain numbers); null when the goal was created.",
                    nullable = true, examples = "100000") String from,
            @Schema(description = "The value after, as text.", examples = "120000") String to,
            @Schema(description = "Why: 'created', the action plan or decomposition that changed it, or for an accepted plan "
                    + "adjustment the adjustment and the retrospective that proposed it; null for a plain edit.",
                    nullable = true) String reason) {
    }
}
