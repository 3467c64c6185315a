package io.salesplan.review.retrospective;

import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.UUID;
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

@Path("/api/v1/retrospectives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retrospectives", description = "Weekly, monthly and quarterly reviews of a rep, a team or the company: "
        + "a frozen snapshot of the numbers, draft findings, and the actions and target adjustments people agree on")
public class RetrospectiveResource {

    private static final String PROBLEM = "application/problem+json";

    private final RetrospectiveService service;

    public RetrospectiveResource(RetrospectiveService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRetrospective",
            summary = "Hold a retrospective", description = "Creates an OPEN retrospective and fills its snapshot "
            + "(computed for the earlier of today and the period's end): the variance of every active goal of the "
            + "scope with exactly this period, the conversion cohort of the deals created in the period (default "
            + "pipeline) with its biggest leak, the activity type with the best win rate, the open deals with no "
            + "activity for salesplan.review.stale-days days (default 14), the best and worst customer segment by "
            + "win rate for industry, region and size (as GET /api/v1/reviews/segments with minDeals 5, with the "
            + "win rate of every other deal of the cohort), the three most frequent lost reasons of the period, "
            + "the period's forecast and how the scope's forecast calls turned out (the latest call of each week; "
            + "accuracy = actual ÷ call once the period has ended). The draft findings say in words and "
            + "numbers which additive goals are behind pace ((expectedToDate − actual) ÷ expectedToDate), which "
            + "are achieved or missed, where most deals are lost, which activity converts best, how many deals "
            + "are stale, which segments convert best and worst (\"Deals in Manufacturing close at 42 % against "
            + "18 % elsewhere\"), why deals are lost, and how the last forecast call came in (or, while the period "
            + "runs, the gap won and committed deals leave to the target). The period must match the cadence: 2026-W10 (WEEKLY), 2026-03 (MONTHLY), 2026-Q1 "
            + "(QUARTERLY). Who may hold one: an admin for any scope; a manager for a team they manage or below, "
            + "a rep of those teams, or themselves; reps and integration clients may not (403). A scope outside "
            + "the caller's reach, the company included for anyone but an admin, is a 403 naming scopeId (scopeType "
            + "for the company). createdBy and updatedBy are the caller's token subject.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag set",
            headers = @Header(name = "ETag", description = "The version, for If-Match"),
            content = @Content(schema = @Schema(implementation = RetrospectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown cadence or scopeType, a scopeId with "
            + "COMPANY or none with REP/TEAM, a malformed period or one that does not match the cadence",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No such rep or team (admins; for others an unknown scope is "
            + "outside their reach: 403)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "teamQuarter",
                    summary = "A team's quarterly retrospective",
                    value = "{\"cadence\": \"QUARTERLY\", \"scopeType\": \"TEAM\", "
                    + "\"scopeId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", \"period\": \"2026-Q1\"}")))
            @NotNull RetrospectiveCreateRequest request, @Context UriInfo uri) {
        Cadence cadence = Params.enumValue(Cadence.class, "cadence", request.cadence());
        if (cadence == null) {
            throw ApiException.invalid("cadence", "is required; allowed values: WEEKLY, MONTHLY, QUARTERLY");
        }
        OwnerType type = Params.enumValue(OwnerType.class, "scopeType", request.scopeType());
        if (type == null) {
            throw ApiException.invalid("scopeType", "is required; allowed values: COMPANY, TEAM, REP");
        }
        UUID scopeId = Params.uuid("scopeId", request.scopeId());
        if (type == OwnerType.COMPANY && scopeId != null) {
            throw ApiException.invalid("scopeId", "must be null when scopeType is COMPANY");
        }
        if (type != OwnerType.COMPANY && scopeId == null) {
            throw ApiException.invalid("scopeId", "is required when scopeType is " + type);
        }
        SalesPeriod period = request.period() == null ? null : SalesPeriod.tryParse(request.period().trim())
                .orElse(null);
        if (period == null || period.granularity() != cadence.granularity()) {
            throw ApiException.invalid("period", "must be a " + cadence.granularity().name().toLowerCase()
                    + " such as " + cadence.example() + " for a " + cadence + " retrospective");
        }
        RetrospectiveService.Versioned created = service.create(cadence, new OwnerScope(type, scopeId), period);
        return Response.created(uri.getAbsolutePathBuilder().path(created.view().id().toString()).build())
                .header("ETag", created.etag()).entity(created.view()).build();
    }

    @GET
    @Operation(operationId = "listRetrospectives",
            summary = "List retrospectives", description = "Oldest first (by creation time); filters combine. "
            + "Only the retrospectives whose scope the caller covers are listed: all for an admin; for a manager "
            + "those of the teams they manage and below, of those teams' reps and their own; for a rep their own "
            + "(scopeType REP, their rep id). Integration clients may not read retrospectives (403). A cursor works "
            + "only with the filters it came from and for the caller it was given to.")
    @APIResponse(responseCode = "200", description = "{items, nextCursor}",
            content = @Content(schema = @Schema(implementation = RetrospectivePage.class)))
    @APIResponse(responseCode = "400", description = "Unknown scopeType or cadence, malformed scopeId or period, "
            + "bad limit or cursor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<RetrospectiveResponse> list(
            @Parameter(schema = @Schema(enumeration = {"REP", "TEAM", "COMPANY"})) @QueryParam("scopeType")
            String scopeType,
            @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("scopeId")
            String scopeId,
            @Parameter(schema = @Schema(enumeration = {"WEEKLY", "MONTHLY", "QUARTERLY"})) @QueryParam("cadence")
            String cadence,
            @Parameter(description = "Exact period key", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        OwnerType type = Params.enumValue(OwnerType.class, "scopeType", scopeType);
        String periodKey = null;
        if (period != null && !period.isBlank()) {
            periodKey = SalesPeriod.tryParse(period.trim())
                    .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT)).key();
        }
        var filter = new RetrospectiveRepository.Filter(type,
                Params.uuid("scopeId", scopeId), Params.enumValue(Cadence.class, "cadence", cadence), periodKey);
        return service.list(filter, cursor, Params.limit(limit));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getRetrospective",
            summary = "One retrospective", description = "Visible when the caller covers its scope (as in the "
            + "list); any other is a 404.")
    @APIResponse(responseCode = "200", description = "The retrospective; ETag set",
            headers = @Header(name = "ETag", description = "The version, for If-Match"),
            content = @Content(schema = @Schema(implementation = RetrospectiveResponse.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.get(Params.pathId("Retrospective", id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateRetrospective",
            summary = "Add notes, causes and actions", description = "Only while OPEN. Fields given replace the "
            + "stored ones. An adjustment's newTargetValue must be greater than 0 and its goal must belong to the "
            + "scope. Admins and managers whose scope covers the retrospective's (else 404); reps and integration "
            + "clients may not (403). updatedBy becomes the caller.")
    @APIResponse(responseCode = "200", description = "The updated retrospective; ETag set",
            headers = @Header(name = "ETag", description = "The version, for If-Match"),
            content = @Content(schema = @Schema(implementation = RetrospectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed body, failed constraint, newTargetValue ≤ 0",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The retrospective is closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An adjustment's goal does not exist or is outside the scope",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("id") String id,
            @Parameter(description = "The ETag last read") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "findings",
                    summary = "Notes, a cause and an action proposing a new target",
                    value = "{\"notes\": \"Two reps left in February.\", "
                    + "\"causes\": [\"Too few demos in January\"], \"actions\": [{\"description\": "
                    + "\"Two more demos a week per rep\", \"ownerId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", "
                    + "\"dueDate\": \"2026-04-15\", \"adjustment\": {\"goalId\": "
                    + "\"9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a\", \"newTargetValue\": 900000, "
                    + "\"reason\": \"Two reps left in February\"}}]}")))
            @NotNull @Valid RetrospectivePatchRequest patch) {
        return ok(service.patch(Params.pathId("Retrospective", id), ifMatch, patch));
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeRetrospective",
            summary = "Close and send the adjustments", description = "Freezes the retrospective (later PATCH or "
            + "close → 409) and, in the same transaction, publishes one salesplan.adjustment.proposed.v1 per action "
            + "with an adjustment and one salesplan.retrospective.closed.v1 on salesplan.reviews; goals-service lists "
            + "the proposals for acceptance; each event carries the caller as its actor, and updatedBy becomes the "
            + "caller. Admins and managers whose scope covers the retrospective's (else 404); reps and integration "
            + "clients may not (403).")
    @APIResponse(responseCode = "200", description = "The closed retrospective; ETag set",
            headers = @Header(name = "ETag", description = "The version, for If-Match"),
            content = @Content(schema = @Schema(implementation = RetrospectiveResponse.class)))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") String id,
            @Parameter(description = "The ETag last read") @HeaderParam("If-Match") String ifMatch) {
        return ok(service.close(Params.pathId("Retrospective", id), ifMatch));
    }

    private static Response ok(RetrospectiveService.Versioned retro) {
        return Response.ok(retro.view()).header("ETag", retro.etag()).build();
    }
}
