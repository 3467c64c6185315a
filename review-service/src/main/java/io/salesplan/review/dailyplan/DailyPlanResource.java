package io.salesplan.review.dailyplan;

import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.scope.BusinessCalendar;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/daily-plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Daily plan", description = "The rep's targets re-paced every day")
public class DailyPlanResource {

    private final DailyPlanService service;
    private final BusinessCalendar calendar;

    public DailyPlanResource(DailyPlanService service, BusinessCalendar calendar) {
        this.service = service;
        this.calendar = calendar;
    }

    @GET
    @Operation(operationId = "getDailyPlan",
            summary = "A rep's plan for one day", description = "For each active ACTIVITIES and "
            + "OPPORTUNITIES_CREATED goal of the rep whose period covers the date: remaining = target − actual before "
            + "the date (never below 0), remainingWorkingDays including the date, requiredToday = ceil(remaining ÷ "
            + "remainingWorkingDays), doneToday. An admin may read any rep's plan, a manager those of the reps in "
            + "the teams they manage (and below) and their own, a rep only their own; any other rep is a 403 naming "
            + "repId. Integration clients may not read reports (403).")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DailyPlanView.class)))
    @APIResponse(responseCode = "404", description = "No such rep (admins; for others an unknown rep is outside "
            + "their reach: 403)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public DailyPlanView plan(
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("repId") String repId,
            @Parameter(description = "The day (YYYY-MM-DD), default today in the deployment's time zone",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date) {
        LocalDate day = Params.date("date", date);
        return service.plan(Params.requiredUuid("repId", repId), day == null ? calendar.today() : day);
    }
}
