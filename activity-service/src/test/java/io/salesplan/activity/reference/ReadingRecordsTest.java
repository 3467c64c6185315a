package io.salesplan.activity.reference;

import static io.salesplan.infra.AsyncApiReadingRecords.check;

import org.junit.jupiter.api.Test;

/**
 * activity-service's reading records of the organisation and pipeline events it keeps references from
 * agree with docs/asyncapi.yaml, the producers' contract (no application needed: runs with -Punit).
 */
class ReadingRecordsTest {

    @Test
    void organisationRecordsReadTheGoalsServiceSchemas() {
        check(ReferenceEvents.RepChanged.class, "salesplan.rep.created.v1", "salesplan.rep.updated.v1");
        check(ReferenceEvents.TeamChanged.class, "salesplan.team.created.v1", "salesplan.team.updated.v1");
    }

    @Test
    void pipelineRecordsReadThePipelineServiceSchemas() {
        check(ReferenceEvents.AccountChanged.class, "salesplan.account.created.v1", "salesplan.account.updated.v1");
        check(ReferenceEvents.OpportunityChanged.class, "salesplan.opportunity.created.v1",
                "salesplan.opportunity.updated.v1", "salesplan.opportunity.stage-changed.v1");
    }
}
