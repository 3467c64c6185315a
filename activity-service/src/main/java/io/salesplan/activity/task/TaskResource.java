package io.salesplan.activity.task;

import io.salesplan.activity.activity.TimeBounds;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.platform.web.Versions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Reps' to-dos; completing one logs its activity. Reminders go out as events.")
public class TaskResource {

    private final TaskService service;
    private final PlatformConfig platform;

    public TaskResource(TaskService service, PlatformConfig platform) {
        this.service = service;
        this.platform = platform;
    }

    @POST
    @Operation(operationId = "createTask", summary = "Create a task",
            description = "Publishes salesplan.task.created.v1. The owner must be a known rep; a linked opportunity must "
                    + "exist and gives the account when accountId is omitted. A due time in the past is accepted (the "
                    + "task is then overdue at once). One salesplan.task.due-soon.v1 event goes out shortly before it is "
                    + "due (lead time salesplan.activity.reminders.lead-time, default 30 minutes) and one "
                    + "salesplan.task.overdue.v1 once it is past due, unless it was completed first. The owner must be "
                    + "in the caller's scope (a manager's teams, their sub-teams and reps; a rep themselves; admins "
                    + "anyone), else 403 naming ownerId. Integrations may not use tasks.")
    @APIResponse(responseCode = "201", description = "Created.", headers = {
            @Header(name = "Location", description = "URL of the new task"),
            @Header(name = "ETag", description = "Version of the task")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing title/type/ownerId/dueAt, unknown type.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown owner, opportunity or account, or an account that is not the "
            + "opportunity's.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A reference could not be verified; retry after Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "callBack", summary = "A call-back due tomorrow morning",
                    value = "{\"title\": \"Call back about the quote\", \"type\": \"CALL\", "
                    + "\"ownerId\": \"6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11\", "
                    + "\"dueAt\": \"2026-03-03T10:00:00+08:00\", "
                    + "\"opportunityId\": \"0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2\"}")))
            @Valid @NotNull CreateTaskRequest task, @Context UriInfo uri) {
        TaskResponse created = service.create(task);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tasks").path(created.id().toString()).build())
                .header("ETag", Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listTasks", summary = "List tasks, soonest due first",
            description = "status=OPEN lists every open task (overdue ones included), OVERDUE only the open ones past due, "
                    + "DONE the completed ones. dueBefore (exclusive) takes a date (YYYY-MM-DD: due before that business "
                    + "day starts) or an ISO-8601 instant. Cursor-paginated (a cursor is valid only for the caller it "
                    + "was given to). Lists only tasks whose owner is in the caller's scope; an ownerId outside it is "
                    + "a 403.")
    @APIResponse(responseCode = "200", description = "One page: {\"items\": [...], \"nextCursor\": \"…\" | null}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter, limit or cursor.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TaskResponse> list(
            @Parameter(description = "Only this rep's tasks.") @QueryParam("ownerId") String ownerId,
            @Parameter(description = "OPEN, DONE or OVERDUE.", schema = @Schema(implementation = TaskStatusFilter.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only tasks due before this date or instant.", example = "2026-03-07")
            @QueryParam("dueBefore") String dueBefore,
            @Parameter(description = "Page size, 1 to 500.", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        Params.All params = Params.all();
        UUID owner = params.read(() -> Params.uuid("ownerId", ownerId));
        TaskStatusFilter statusFilter = params.read(() -> Params.enumValue(TaskStatusFilter.class, "status", status));
        OffsetDateTime before = params.read(() -> dueBefore(dueBefore));
        Integer pageSize = params.read(() -> Params.limit(limit));
        params.check();
        return service.list(new TaskFilter(owner, statusFilter, before), cursor, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "Get a task",
            description = "overdue is true while the task is OPEN and past its due time. A task whose owner is outside the "
                    + "caller's scope is a 404, as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The task, with its version as ETag.",
            headers = @Header(name = "ETag", description = "Version of the task"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "404", description = "No such task, or one whose owner is outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        UUID taskId = Params.pathId("Task", id);
        TaskResponse task = service.find(taskId).orElseThrow(() -> ApiException.notFound("Task", taskId));
        return Response.ok(task).header("ETag", Versions.etag(task.version())).build();
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeTask", summary = "Complete a task",
            description = "Marks it DONE and logs one activity of the task's type for its owner, in the name of who "
                    + "completes it (createdBy), linked to the task (taskId) and to its opportunity and account; "
                    + "publishes salesplan.activity.logged.v1 and salesplan.task.completed.v1. The body is optional (a bare POST without Content-Type works too). "
                    + "Completing a task twice is a 409.")
    @APIResponse(responseCode = "200", description = "The completed task; activityId names the logged activity.",
            headers = @Header(name = "ETag", description = "Version of the task"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    @APIResponse(responseCode = "400", description = "A bad detail (negative duration, occurredAt over one day ahead …).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such task, or one whose owner is outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The task is already DONE.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "done", summary = "Done: a 20-minute call",
                    value = "{\"durationMinutes\": 20, \"outcome\": \"Customer accepted the quote\"}")))
            @Valid CompleteTaskRequest details,
            @Parameter(description = "The ETag last read; refused when the task changed since.")
            @HeaderParam("If-Match") String ifMatch) {
        TaskResponse task = service.complete(Params.pathId("Task", id), details, ifMatch);
        return Response.ok(task).header("ETag", Versions.etag(task.version())).build();
    }

    /** The same without a body (and so without a Content-Type), as a front-end's bare POST sends it. */
    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response completeWithoutBody(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return complete(id, null, ifMatch);
    }

    private OffsetDateTime dueBefore(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.trim().length() == 10 ? TimeBounds.startOf(Params.date("dueBefore", raw), platform.timeZone())
                : Params.instant("dueBefore", raw);
    }

    /** For the OpenAPI document only: the shape of one page. */
    @Schema(name = "TaskPage")
    public record TaskPage(List<TaskResponse> items,
            @Schema(description = "Cursor of the next page; null on the last page.", nullable = true) String nextCursor) {
    }
}
