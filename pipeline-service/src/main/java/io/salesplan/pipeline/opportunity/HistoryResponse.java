package io.salesplan.pipeline.opportunity;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageHistory", description = "Every stage move, oldest first; creating the opportunity is not a move.")
public record HistoryResponse(List<Move> items) {

    @Schema(name = "StageHistoryItem")
    public record Move(
            @Schema(examples = "INITIAL_CONTACT") String from,
            @Schema(examples = "PROPOSAL") String to,
            @Schema(description = "Business time of the move") OffsetDateTime at,
            @Schema(description = "Who made the move: the subject (sub) of the caller's token")
            String movedBy) {

        static Move from(StageChange change) {
            return new Move(change.fromStage, change.toStage, OpportunityResponse.utc(change.at), change.movedBy);
        }
    }
}
