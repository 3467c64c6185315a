package io.salesplan.pipeline.org;

import static io.salesplan.infra.AsyncApiReadingRecords.check;

import org.junit.jupiter.api.Test;

/**
 * pipeline-service's reading records of goals-service's organisation events agree with docs/asyncapi.yaml,
 * the producer's contract (no application needed: runs with -Punit).
 */
class ReadingRecordsTest {

    @Test
    void organisationRecordsReadTheGoalsServiceSchemas() {
        check(RepEventV1.class, "salesplan.rep.created.v1", "salesplan.rep.updated.v1");
        check(TeamEventV1.class, "salesplan.team.created.v1", "salesplan.team.updated.v1");
    }
}
