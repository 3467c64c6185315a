package io.salesplan.review.forecast;

import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.scope.OwnerScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast calls", description = "Managers' and reps' calls of what they will win, and how they turned out")
public class ForecastSubmissionResource {

    private static final String WHO = " Who may submit and read calls about which owner: an admin any; a manager a "
            + "team they manage or any team below it, a rep of those teams, or themselves; a rep only themselves "
            + "(ownerType REP and their own rep id). Company calls are for admins only. An owner outside the caller's "
            + "reach is a 403 naming the field; integration clients may not submit or read calls (403).";

    private final ForecastSubmissionService service;

    public ForecastSubmissionResource(ForecastSubmissionService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "submitForecast", summary = "Submit a forecast call", description = "What the owner "
            + "expects to win in the period. Every call is kept with its time (submittedAt) and author "
            + "(submittedBy, the caller's token subject); a later call in the same ISO week supersedes the earlier "
            + "ones of that week for the same owner and period (the latest of each week counts). Once the period has "
            + "ended the call shows actual (revenue won in the period) and accuracy = actual ÷ amount." + WHO)
    @APIResponse(responseCode = "201", description = "Submitted; Location names the call",
            headers = @Header(name = "Location", description = "The call's URL",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ForecastSubmissionResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown ownerType (the allowed values are "
            + "named), ownerId missing for TEAM or REP or given for COMPANY, bad period, a period that starts more "
            + "than a year from today, a negative amount or one with more than 2 decimals, a too long note",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such team or rep (admins; for others an unknown owner is "
            + "outside their reach: 403)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "teamQuarter",
                    summary = "A team's call for the quarter",
                    value = "{\"ownerType\": \"TEAM\", \"ownerId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", "
                    + "\"period\": \"2026-Q2\", \"amount\": 2300000.00, \"note\": \"Two commits slip to July\"}")))
            @Valid @NotNull SubmitForecastRequest request) {
        ForecastSubmissionResponse call = service.submit(request);
        return Response.created(URI.create("/api/v1/forecasts/" + call.id())).entity(call).build();
    }

    @GET
    @Operation(operationId = "listForecasts", summary = "List forecast calls", description = "Calls about owners the "
            + "caller may see, newest first (submittedAt, then id), optionally of one owner (ownerType with ownerId; "
            + "COMPANY without) and one period (exact key). superseded marks the calls a later one of the same week "
            + "replaced. A cursor works only for the caller it was given to." + WHO)
    @APIResponse(responseCode = "200", description = "One page of calls: {\"items\", \"nextCursor\"}",
            content = @Content(schema = @Schema(implementation = ForecastSubmissionPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, ownerId without ownerType or missing for "
            + "TEAM and REP, bad period, bad limit, or a cursor of another query or caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ForecastSubmissionResponse> list(
            @Parameter(description = "COMPANY, TEAM or REP; leave out for every owner the caller may see",
                    schema = @Schema(enumeration = {"COMPANY", "TEAM", "REP"}))
            @QueryParam("ownerType") String ownerType,
            @Parameter(description = "The team or rep", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Exact period key", example = "2026-Q2") @QueryParam("period") String period,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same filters") @QueryParam("cursor")
            String cursor) {
        OwnerScope owner = ownerType == null || ownerType.isBlank() ? noOwner(ownerId)
                : OwnerScope.parse(ownerType, ownerId);
        SalesPeriod salesPeriod = period == null || period.isBlank() ? null : SalesPeriod.tryParse(period.trim())
                .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT));
        return service.list(owner, salesPeriod, cursor, Params.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getForecast", summary = "Get a forecast call", description = "The call as "
            + "submitted and, once its period has ended, its actual and accuracy. A call about an owner the caller may "
            + "not see is a 404.")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(schema = @Schema(implementation = ForecastSubmissionResponse.class)))
    public ForecastSubmissionResponse get(@PathParam("id") String id) {
        return service.get(Params.pathId("Forecast submission", id));
    }

    /** Without ownerType the list is about every owner; an ownerId alone says nothing. */
    private static OwnerScope noOwner(String ownerId) {
        if (ownerId != null && !ownerId.isBlank()) {
            throw ApiException.invalid("ownerType", "is required with ownerId; allowed values: TEAM, REP");
        }
        return null;
    }
}
