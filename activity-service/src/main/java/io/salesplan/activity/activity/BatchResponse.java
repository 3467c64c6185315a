package io.salesplan.activity.activity;

import io.salesplan.platform.problem.Problem.FieldError;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityBatchResult", description = "The outcome of each item of a batch, in the order sent, and the counts.")
public record BatchResponse(
        List<Item> results,
        @Schema(example = "998") int created,
        @Schema(example = "1") int duplicates,
        @Schema(example = "1") int invalid) {

    @Schema(name = "ActivityBatchItemStatus", description = "CREATED: stored now. DUPLICATE: its source + externalId is "
            + "already stored or appears earlier in this batch. INVALID: nothing stored.")
    public enum Status { CREATED, DUPLICATE, INVALID }

    @Schema(name = "ActivityBatchItemResult")
    public record Item(
            @Schema(description = "0-based position of the item in the request.", example = "3") int index,
            @Schema(description = "CREATED: stored now. DUPLICATE: its source + externalId is already stored or appears "
                    + "earlier in this batch (id is that activity). INVALID: nothing stored, see errors.")
            Status status,
            @Schema(description = "The activity's id; null for INVALID (and for a DUPLICATE of an item earlier in the batch "
                    + "that was not stored).", nullable = true) UUID id,
            @Schema(description = "Why the item is invalid; field names are relative to the item. Empty otherwise.")
            List<FieldError> errors) {
    }

    public static BatchResponse of(List<Item> results) {
        int created = 0;
        int duplicates = 0;
        int invalid = 0;
        for (Item item : results) {
            switch (item.status()) {
                case CREATED -> created++;
                case DUPLICATE -> duplicates++;
                case INVALID -> invalid++;
            }
        }
        return new BatchResponse(results, created, duplicates, invalid);
    }
}
