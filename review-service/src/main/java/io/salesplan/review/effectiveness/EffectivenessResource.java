package io.salesplan.review.effectiveness;

import io.salesplan.platform.problem.Problem;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
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

@Path("/api/v1/reviews/activity-effectiveness")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity effectiveness", description = "Which activity types go with won deals")
public class EffectivenessResource {

    private final EffectivenessService effectiveness;
    private final BusinessCalendar calendar;

    public EffectivenessResource(EffectivenessService effectiveness, BusinessCalendar calendar) {
        this.effectiveness = effectiveness;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getActivityEffectivenessReport",
            summary = "Activity effectiveness", description = "Per activity type: the owner's activities that "
            + "occurred from `from` to `to` (business dates, both included, not after asOf), the distinct "
            + "opportunities they touched, how many of those were won and lost by asOf, the win rate among the "
            + "closed ones and activities per won deal. Every type is listed, with zeros when there was none. "
            + "Defaults: asOf today, to = asOf, from = first day of to's quarter."
            + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "One row per activity type",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EffectivenessView.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing ownerId, bad dates, from after to",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public EffectivenessView effectiveness(
            @BeanParam ReportParams report,
            @Parameter(description = "First day of the window", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the window", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("to") String to) {
        return effectiveness.effectiveness(report.owner(), ReportWindow.parse(from, to, report.asOf(), calendar));
    }
}
