package io.salesplan.goals.adjustment;

import static io.salesplan.infra.AsyncApiReadingRecords.check;

import org.junit.jupiter.api.Test;

/**
 * goals-service's reading record of review-service's plan adjustments agrees with docs/asyncapi.yaml, the
 * producer's contract (no application needed: runs with -Punit).
 */
class ReadingRecordsTest {

    @Test
    void adjustmentRecordReadsTheReviewServiceSchema() {
        check(AdjustmentProposedV1.class, AdjustmentProposedV1.TYPE);
    }
}
