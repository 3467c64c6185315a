package io.salesplan.review;

import static io.salesplan.infra.AsyncApiReadingRecords.check;
import static io.salesplan.infra.AsyncApiReadingRecords.checkEnum;

import io.salesplan.review.activity.ActivityChangedV1;
import io.salesplan.review.aggregate.DealContribution.Outcome;
import io.salesplan.review.goal.ActivityType;
import io.salesplan.review.goal.Direction;
import io.salesplan.review.goal.GoalChangedV1;
import io.salesplan.review.goal.GoalState;
import io.salesplan.review.goal.GoalType;
import io.salesplan.review.goal.Metric;
import io.salesplan.review.opportunity.ForecastCategory;
import io.salesplan.review.opportunity.OpportunityChangedV1;
import io.salesplan.review.opportunity.OpportunityStageChangedV1;
import io.salesplan.review.org.RepChangedV1;
import io.salesplan.review.org.TeamChangedV1;
import io.salesplan.review.pipeline.PipelineDefinedV1;
import io.salesplan.review.scope.OwnerType;
import org.junit.jupiter.api.Test;

/**
 * review-service's reading records of the events it consumes, and the enums it reads from their fields,
 * agree with docs/asyncapi.yaml, the producers' contract (no application needed: runs with -Punit).
 */
class ReadingRecordsTest {

    @Test
    void organisationRecordsReadTheGoalsServiceSchemas() {
        check(RepChangedV1.class, "salesplan.rep.created.v1", "salesplan.rep.updated.v1");
        check(TeamChangedV1.class, "salesplan.team.created.v1", "salesplan.team.updated.v1");
    }

    @Test
    void goalRecordAndItsEnumsReadTheGoalSchema() {
        check(GoalChangedV1.class,
                "salesplan.goal.created.v1", "salesplan.goal.updated.v1", "salesplan.goal.archived.v1");
        checkEnum(Metric.class, "salesplan.goal.created.v1", "metric");
        checkEnum(ActivityType.class, "salesplan.goal.created.v1", "activityType");
        checkEnum(Direction.class, "salesplan.goal.created.v1", "direction");
    }

    @Test
    void pipelineRecordsReadThePipelineServiceSchemas() {
        check(PipelineDefinedV1.class, "salesplan.pipeline.defined.v1");
        check(OpportunityChangedV1.class, "salesplan.opportunity.created.v1", "salesplan.opportunity.updated.v1");
        check(OpportunityStageChangedV1.class, "salesplan.opportunity.stage-changed.v1");
    }

    @Test
    void enumsTheReadModelStoresHaveTheSchemasValues() {
        checkEnum(GoalType.class, "salesplan.goal.created.v1", "type");
        checkEnum(OwnerType.class, "salesplan.goal.created.v1", "ownerType");
        checkEnum(GoalState.class, "salesplan.goal.created.v1", "status");
        checkEnum(Outcome.class, "salesplan.opportunity.created.v1", "status");
        checkEnum(ForecastCategory.class, "salesplan.opportunity.created.v1", "forecastCategory");
    }

    @Test
    void activityRecordReadsTheActivitySchema() {
        check(ActivityChangedV1.class, "salesplan.activity.logged.v1", "salesplan.activity.updated.v1",
                "salesplan.activity.deleted.v1");
        checkEnum(ActivityType.class, "salesplan.activity.logged.v1", "type");
    }
}
