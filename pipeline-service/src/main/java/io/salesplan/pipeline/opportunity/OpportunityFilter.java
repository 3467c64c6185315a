package io.salesplan.pipeline.opportunity;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of the opportunity list; null means "any". */
public record OpportunityFilter(UUID ownerId, UUID teamId, UUID accountId, UUID pipelineId, String stage,
        OpportunityStatus status, LocalDate closeFrom, LocalDate closeTo) {

    /** Identifies the query a cursor belongs to. */
    String queryKey() {
        return "opportunities|owner=" + ownerId + "|team=" + teamId + "|account=" + accountId + "|pipeline="
                + pipelineId + "|stage=" + stage + "|status=" + status + "|closeFrom=" + closeFrom + "|closeTo="
                + closeTo;
    }
}
