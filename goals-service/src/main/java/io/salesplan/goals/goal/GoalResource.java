package io.salesplan.goals.goal;

import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.web.Params;
import io.salesplan.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "Objectives, key results and KPIs of the company, teams and reps.")
public class GoalResource {

    private final GoalService service;

    public GoalResource(GoalService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createGoal", summary = "Create a goal", description = "Creates an objective, key result or KPI. periodStart, periodEnd and direction are derived. Publishes salesplan.goal.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location names the goal, ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "UnknownReference", responseCode = "422")
    public Response create(
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "objective", summary = "A company objective for the year",
                            value = "{\"title\": \"Lead the East China market\", \"type\": \"OBJECTIVE\", "
                            + "\"ownerType\": \"COMPANY\", \"period\": \"2026\"}"),
                    @ExampleObject(name = "keyResult", summary = "A team key result under the objective",
                            value = "{\"title\": \"500 new qualified opportunities in East China\", "
                            + "\"type\": \"KEY_RESULT\", \"parentId\": \"9a1c4b7e-5d2f-4e8a-b3c6-0f1e2d3c4b5a\", "
                            + "\"ownerType\": \"TEAM\", \"ownerId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", "
                            + "\"period\": \"2026-Q1\", \"metric\": \"OPPORTUNITIES_CREATED\", \"targetValue\": 500}")}))
            @Valid @NotNull CreateGoalRequest request, @Context UriInfo uri) {
        GoalResponse goal = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(goal.id().toString()).build())
                .header("ETag", Versions.etag(goal.version()))
                .entity(goal).build();
    }

    @GET
    @Operation(operationId = "listGoals", summary = "List goals", description = "Goals oldest first, cursor-paginated. Only ACTIVE goals unless status=ARCHIVED is asked for. "
            + "Only the goals the caller may read: admins all; managers the company's, those owned in their scope and every goal above those; "
            + "reps the company's, their own team's and its parent teams', and their own.")
    @APIResponse(responseCode = "200", description = "One page of goals: {\"items\", \"nextCursor\"}.")
    public Page<GoalResponse> list(
            @Parameter(description = "Only goals of this level.", schema = @Schema(implementation = GoalType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Only goals of this owner kind.", schema = @Schema(implementation = OwnerType.class))
            @QueryParam("ownerType") String ownerType,
            @Parameter(description = "Only goals of this team or rep.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Only goals of exactly this period (2026, 2026-Q1, 2026-03, 2026-W10).", example = "2026-Q1")
            @QueryParam("period") String period,
            @Parameter(description = "Only goals measuring this metric.", schema = @Schema(implementation = Metric.class))
            @QueryParam("metric") String metric,
            @Parameter(description = "Only direct children of this goal.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parentId") String parentId,
            @Parameter(description = "ACTIVE (default) or ARCHIVED.", schema = @Schema(implementation = GoalStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same filters.")
            @QueryParam("cursor") String cursor) {
        Params.All params = Params.all();
        GoalType typeFilter = params.read(() -> Params.enumValue(GoalType.class, "type", type));
        OwnerType ownerTypeFilter = params.read(() -> Params.enumValue(OwnerType.class, "ownerType", ownerType));
        UUID ownerIdFilter = params.read(() -> Params.uuid("ownerId", ownerId));
        String periodFilter = params.read(() -> period(period));
        Metric metricFilter = params.read(() -> Params.enumValue(Metric.class, "metric", metric));
        UUID parentIdFilter = params.read(() -> Params.uuid("parentId", parentId));
        GoalStatus statusFilter = params.read(() -> Params.enumValue(GoalStatus.class, "status", status));
        Integer pageSize = params.read(() -> Params.limit(limit));
        params.check();
        GoalRepository.Filter filter = new GoalRepository.Filter(typeFilter, ownerTypeFilter, ownerIdFilter, periodFilter,
                metricFilter, parentIdFilter, statusFilter == null ? GoalStatus.ACTIVE : statusFilter);
        return service.list(filter, cursor, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getGoal", summary = "Get a goal", description = "Archived goals are returned too (with status ARCHIVED). "
            + "A goal the caller may not read is a 404.")
    @APIResponse(responseCode = "200", description = "The goal; ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public Response get(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        GoalResponse goal = service.get(Params.pathId("Goal", id));
        return Response.ok(goal).header("ETag", Versions.etag(goal.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getGoalHistory", summary = "Get a goal's history", description = "Every change to the goal's targetValue, period and status, "
            + "oldest first: when, who (the token subject), from what to what, and why. An accepted plan adjustment names "
            + "itself and its retrospective in reason. Readable by whoever may read the goal.")
    @APIResponse(responseCode = "200", description = "The history: {\"items\": [{\"at\", \"actor\", \"field\", \"from\", \"to\", \"reason\"}]}.",
            content = @Content(schema = @Schema(implementation = GoalHistoryResponse.class)))
    public GoalHistoryResponse history(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        return service.history(Params.pathId("Goal", id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateGoal", summary = "Change a goal", description = "Changes title, description or targetValue. Honours If-Match (a stale ETag is a 412). An archived goal cannot be changed (409). Publishes salesplan.goal.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The changed goal; ETag carries its new version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    public Response update(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on; a stale one is a 412.")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "retarget", summary = "Raise the target",
                    value = "{\"targetValue\": 550}")))
            @Valid @NotNull UpdateGoalRequest changes) {
        GoalResponse goal = service.update(Params.pathId("Goal", id), changes, ifMatch);
        return Response.ok(goal).header("ETag", Versions.etag(goal.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "archiveGoal", summary = "Archive a goal", description = "Archives the goal and all its active descendants (history is kept; archived goals drop out of reports and lists). "
            + "Publishes salesplan.goal.archived.v1 for each. Archiving an archived goal again is a no-op.")
    @APIResponse(responseCode = "204", description = "Archived.")
    public Response archive(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        service.archive(Params.pathId("Goal", id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/tree")
    @Operation(operationId = "getGoalTree", summary = "Get a goal with its whole subtree", description = "The goal with children[], recursively, oldest first at each level. Archived descendants only with includeArchived=true.")
    @APIResponse(responseCode = "200", description = "The goal tree.",
            content = @Content(schema = @Schema(implementation = GoalResponse.class)))
    public GoalResponse tree(
            @Parameter(description = "Goal id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "true: include archived descendants.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("includeArchived") String includeArchived) {
        return service.tree(Params.pathId("Goal", id), Params.bool("includeArchived", includeArchived));
    }

    private static String period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return SalesPeriod.tryParse(value.trim()).map(SalesPeriod::key)
                .orElseThrow(() -> ApiException.invalid("period", "'" + value + "' is not " + SalesPeriod.FORMAT_HINT));
    }
}
