package io.salesplan.review.segment;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
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

@Path("/api/v1/reviews/segments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Segments", description = "Which customer segments (industry, region, size) convert")
public class SegmentResource {

    private final SegmentService segments;
    private final BusinessCalendar calendar;

    public SegmentResource(SegmentService segments, BusinessCalendar calendar) {
        this.segments = segments;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getSegmentReport", summary = "Win rates by customer segment",
            description = "The cohort is the owner's opportunities created from `from` to `to` (both included, "
            + "business dates), grouped by one part of the customer profile (industry, region or size) that their "
            + "account had when each was created — re-classifying an account later does not move its earlier "
            + "deals. Per segment: created (the cohort's deals), won and lost (those of them closed by asOf), "
            + "winRate = won ÷ (won + lost), averageDealSize = revenueWon ÷ won, meanCycleDays = Σ (closing day − "
            + "creation day) ÷ won, revenueWon = Σ amount of the won ones, activitiesPerWonDeal = activities the "
            + "owner's reps logged on the won ones up to asOf ÷ won. best and worst are the segments with the "
            + "highest and lowest win rate among those with a value and at least minDeals closed deals (both null "
            + "unless two such segments convert differently). Defaults: asOf today, to = asOf, from = first day "
            + "of to's quarter, minDeals 5." + OwnerAccess.REPORT_OWNERS)
    @APIResponse(responseCode = "200", description = "The segments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SegmentView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown dimension (the allowed values are named), "
            + "unknown ownerType, missing ownerId, bad dates, from after to, minDeals not a whole number from 1 to "
            + "1000",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SegmentView segments(
            @Parameter(required = true, description = "The part of the profile to group by",
                    schema = @Schema(enumeration = {"industry", "region", "size"}))
            @QueryParam("dimension") String dimension,
            @BeanParam ReportParams report,
            @BeanParam CohortParams cohort,
            @Parameter(description = "Closed deals a segment needs to be best or worst, 1 to 1000 (default 5)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000"))
            @QueryParam("minDeals") String minDeals) {
        Dimension by = Dimension.parse("dimension", dimension);
        OwnerScope owner = report.owner();
        ReportWindow window = cohort.window(report, calendar);
        return segments.report(owner, by, window, minDeals(minDeals));
    }

    private static int minDeals(String value) {
        if (value == null || value.isBlank()) {
            return SegmentCalculator.DEFAULT_MIN_DEALS;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 1 && parsed <= 1000) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid("minDeals", "must be a whole number from 1 to 1000");
    }
}
