package io.salesplan.review.lostreason;

import io.salesplan.platform.problem.Problem;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
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

@Path("/api/v1/reviews/lost-reasons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lost reasons", description = "Why deals are lost, by reason code and stage")
public class LostReasonResource {

    private final LostReasonService lostReasons;
    private final BusinessCalendar calendar;

    public LostReasonResource(LostReasonService lostReasons, BusinessCalendar calendar) {
        this.lostReasons = lostReasons;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getLostReasonReport", summary = "Lost deals by reason code",
            description = "The owner's deals lost from `from` to `to` (by the business date of the loss, up to "
            + "asOf) that are still lost, grouped by their lostReasonCode (deals lost before codes existed count as "
            + "OTHER): count, amount = Σ amount (latest known), share = count ÷ all lost in the window (4 decimals), "
            + "and byStage, the number lost from each stage (the stage the deal left for LOST). lost and amount at "
            + "the top are the totals. Defaults: asOf today, to = asOf, from = first day of to's quarter."
            + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "The lost deals by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LostReasonView.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing ownerId, bad dates, from after to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LostReasonView lostReasons(
            @BeanParam ReportParams report,
            @Parameter(description = "First day of the window (losses from this day)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Last day of the window", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("to") String to) {
        OwnerScope owner = report.owner();
        ReportWindow window = ReportWindow.parse(from, to, report.asOf(), calendar);
        return lostReasons.report(owner, window);
    }
}
