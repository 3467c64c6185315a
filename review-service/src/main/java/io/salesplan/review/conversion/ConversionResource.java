package io.salesplan.review.conversion;

import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.CohortParams;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.ReportParams;
import io.salesplan.review.scope.ReportWindow;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/conversion")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Conversion", description = "Cohort funnels from the opportunities' stage history")
public class ConversionResource {

    private final ConversionService conversion;
    private final BusinessCalendar calendar;

    public ConversionResource(ConversionService conversion, BusinessCalendar calendar) {
        this.conversion = conversion;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getConversionReport",
            summary = "Conversion funnel of a cohort", description = "The cohort is the opportunities of the "
            + "owner created from `from` to `to` (both included, business dates) in the pipeline (default: the "
            + "default pipeline). One row per open stage in pipeline order and one for WON (none for LOST): how "
            + "many reached it (skipping a stage counts as passing it; a lost deal reached only the stages it "
            + "passed; moving back does not undo a stage reached), conversion to the next row, drop-off (a count), "
            + "mean days in stage; the cohort's win rate and the biggest leak. Stage moves after asOf are ignored, "
            + "and WON/LOST is the deal's state on asOf: a won deal that was reopened is not won. Defaults: asOf "
            + "today, to = asOf, from = first day of to's quarter."
            + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "The funnel",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConversionView.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing ownerId, bad dates, from after to",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "pipelineId names no known pipeline",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ConversionView conversion(
            @BeanParam ReportParams report,
            @BeanParam CohortParams cohort,
            @Parameter(description = "The pipeline; default the default pipeline",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("pipelineId") String pipelineId) {
        OwnerScope owner = report.owner();
        ReportWindow window = cohort.window(report, calendar);
        return conversion.conversion(owner, window, Params.uuid("pipelineId", pipelineId));
    }
}
