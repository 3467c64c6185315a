package io.salesplan.activity.activity;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
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
import java.net.URI;
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

@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Calls, visits, demos, e-mails and meetings, logged by reps or pushed by CRM integrations.")
public class ActivityResource {

    private final ActivityIngestion ingestion;
    private final BatchIngestion batches;
    private final LoggedActivities activities;
    private final PlatformConfig platform;

    public ActivityResource(ActivityIngestion ingestion, BatchIngestion batches, LoggedActivities activities,
            PlatformConfig platform) {
        this.ingestion = ingestion;
        this.batches = batches;
        this.activities = activities;
        this.platform = platform;
    }

    @POST
    @Operation(operationId = "logActivity", summary = "Log an activity",
            description = "Stores the activity and publishes salesplan.activity.logged.v1. The owner must be a rep known to "
                    + "goals-service; a linked opportunity must exist, and when accountId is omitted it is filled in with "
                    + "the opportunity's account. Idempotent for integrations: the same source + externalId sent again "
                    + "answers 200 with the stored activity and publishes nothing (even for concurrent requests). "
                    + "The owner must be in the caller's scope (a manager's teams, their sub-teams and reps; a rep "
                    + "themselves; admins and integrations anyone), else 403 naming ownerId; a stored activity with "
                    + "this source + externalId whose owner is outside the scope is not shown: 403 naming externalId.")
    @APIResponse(responseCode = "201", description = "Logged.", headers = {
            @Header(name = "Location", description = "URL of the new activity"),
            @Header(name = "ETag", description = "Version of the activity")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "200", description = "An activity with this source + externalId was already stored; it is "
            + "returned unchanged.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown type (the allowed ones are named), negative "
            + "duration, notes over 10 000 characters, occurredAt more than one day ahead, externalId without source.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown owner, opportunity or account, or an account that is not the "
            + "opportunity's.", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "goals-service or pipeline-service could not be asked about a reference "
            + "not known yet; retry after Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "visit", summary = "A visit on an opportunity, from a CRM",
                    value = "{\"type\": \"VISIT\", \"ownerId\": \"6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11\", "
                    + "\"occurredAt\": \"2026-03-02T09:30:00+08:00\", "
                    + "\"opportunityId\": \"0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2\", \"durationMinutes\": 45, "
                    + "\"outcome\": \"Agreed on a demo next week\", \"source\": \"salesforce\", "
                    + "\"externalId\": \"00T5g00000AbCdE\"}")))
            @Valid @NotNull LogActivityRequest activity, @Context UriInfo uri) {
        ActivityIngestion.Logged logged = ingestion.create(activity);
        ActivityResponse a = logged.activity();
        Response.ResponseBuilder response = logged.created()
                ? Response.created(URI.create(uri.getBaseUri() + "api/v1/activities/" + a.id()))
                : Response.ok();
        return response.header("ETag", Versions.etag(a.version())).entity(a).build();
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "logActivityBatch", summary = "Log up to 1000 activities at once",
            description = "For CRM integrations. Each item is checked on its own: valid items are stored (and their "
                    + "salesplan.activity.logged.v1 events published) even when others are invalid. The answer lists, "
                    + "per index, CREATED, DUPLICATE (its source + externalId is already stored or appears earlier in the "
                    + "batch; id names that activity) or INVALID (with errors, field names relative to the item; unknown "
                    + "references are reported here too), and the counts. Resending a batch is safe. Scope: an item "
                    + "whose owner is outside the caller's scope is that item's INVALID (error on ownerId: \"rep … is "
                    + "outside your scope\") and every other valid item is still stored, as with any other invalid "
                    + "item; an item whose source + externalId is already stored for an owner outside the scope is "
                    + "INVALID too (error on externalId), never a DUPLICATE naming that activity. Admins and "
                    + "integrations may log for any rep.")
    @APIResponse(responseCode = "200", description = "The outcome per item.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no body, or no items.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More than 1000 items.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "A reference could not be verified because its owning service is "
            + "unreachable; nothing of the batch was stored. Retry after Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchResponse createBatch(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "twoActivities", summary = "Two activities from a CRM",
                    value = "{\"items\": [{\"type\": \"VISIT\", "
                    + "\"ownerId\": \"6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11\", "
                    + "\"occurredAt\": \"2026-03-02T09:30:00+08:00\", "
                    + "\"opportunityId\": \"0d6e4c2b-1b7e-4d55-9a43-5bb1a0f8f1e2\", \"durationMinutes\": 45, "
                    + "\"outcome\": \"Agreed on a demo next week\", \"source\": \"salesforce\", "
                    + "\"externalId\": \"00T5g00000AbCdE\"}, {\"type\": \"CALL\", "
                    + "\"ownerId\": \"6b0e2a52-6f0c-4a8e-9a57-2f1f0c9d8a11\", "
                    + "\"occurredAt\": \"2026-03-02T11:00:00+08:00\", \"durationMinutes\": 10, "
                    + "\"source\": \"salesforce\", \"externalId\": \"00T5g00000AbCdF\"}]}")))
            BatchRequest batch) {
        if (batch == null) {
            throw ApiException.invalid("body", "is required: {\"items\": [...]}");
        }
        return batches.createBatch(batch.items());
    }

    @GET
    @Operation(operationId = "listActivities", summary = "List activities, newest first",
            description = "Filters combine with AND. from/to take a date (YYYY-MM-DD, a whole business day in the "
                    + "deployment's zone) or an ISO-8601 instant; both ends are inclusive. Cursor-paginated: pass the "
                    + "nextCursor of the previous page with the same filters (a cursor is valid only for the caller "
                    + "it was given to). Lists only activities whose owner is in the caller's scope; an ownerId "
                    + "outside it is a 403.")
    @APIResponse(responseCode = "200", description = "One page: {\"items\": [...], \"nextCursor\": \"…\" | null}.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "400", description = "A malformed filter, limit or cursor, or from after to.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ActivityResponse> list(
            @Parameter(description = "Only this rep's activities; must be in your scope.")
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Only activities on this opportunity.") @QueryParam("opportunityId") String opportunityId,
            @Parameter(description = "Only activities with this account.") @QueryParam("accountId") String accountId,
            @Parameter(description = "Only this type.", schema = @Schema(implementation = ActivityType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Earliest occurredAt: a date or an instant.", example = "2026-03-01")
            @QueryParam("from") String from,
            @Parameter(description = "Latest occurredAt: a date (the whole day) or an instant.", example = "2026-03-31")
            @QueryParam("to") String to,
            @Parameter(description = "Page size, 1 to 500.", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor") String cursor) {
        Params.All params = Params.all();
        UUID owner = params.read(() -> Params.uuid("ownerId", ownerId));
        UUID opportunity = params.read(() -> Params.uuid("opportunityId", opportunityId));
        UUID account = params.read(() -> Params.uuid("accountId", accountId));
        ActivityType activityType = params.read(() -> Params.enumValue(ActivityType.class, "type", type));
        OffsetDateTime fromAt = params.read(() -> TimeBounds.from(from, platform.timeZone()));
        OffsetDateTime toAt = params.read(() -> TimeBounds.toExclusive(to, platform.timeZone()));
        Integer pageSize = params.read(() -> Params.limit(limit));
        params.check();
        if (fromAt != null && toAt != null && !fromAt.isBefore(toAt)) {
            throw ApiException.invalid("from", "must not be after to");
        }
        return activities.list(new ActivityFilter(owner, opportunity, account, activityType, fromAt, toAt), cursor, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "Get an activity",
            description = "An activity whose owner is outside the caller's scope is a 404, as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The activity, with its version as ETag.",
            headers = @Header(name = "ETag", description = "Version of the activity"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "404", description = "No such activity, or one whose owner is outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        UUID activityId = Params.pathId("Activity", id);
        ActivityResponse a = activities.find(activityId).orElseThrow(() -> ApiException.notFound("Activity", activityId));
        return Response.ok(a).header("ETag", Versions.etag(a.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateActivity", summary = "Change an activity",
            description = "Changes type, occurredAt, durationMinutes, outcome or notes (fields left out keep their value) "
                    + "and publishes salesplan.activity.updated.v1 when anything changed. Honours If-Match.")
    @APIResponse(responseCode = "200", description = "The activity as it is now, with its new ETag.",
            headers = @Header(name = "ETag", description = "Version of the activity"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field breaking its rule.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such activity, or one whose owner is outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") String id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "longer", summary = "The visit took longer",
                    value = "{\"durationMinutes\": 60, \"outcome\": \"Demo booked for Thursday\"}")))
            @Valid @NotNull UpdateActivityRequest patch,
            @Parameter(description = "The ETag last read; the change is refused when the activity changed since.")
            @HeaderParam("If-Match") String ifMatch) {
        ActivityResponse a = activities.update(Params.pathId("Activity", id), patch, ifMatch);
        return Response.ok(a).header("ETag", Versions.etag(a.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteActivity", summary = "Delete an activity",
            description = "Deletes it and publishes salesplan.activity.deleted.v1 with its last state. Honours If-Match. "
                    + "The same source + externalId may be sent again afterwards and is then stored anew.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "404", description = "No such activity, or one whose owner is outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id,
            @Parameter(description = "The ETag last read; the delete is refused when the activity changed since.")
            @HeaderParam("If-Match") String ifMatch) {
        activities.delete(Params.pathId("Activity", id), ifMatch);
        return Response.noContent().build();
    }

    /** For the OpenAPI document only: the shape of one page. */
    @Schema(name = "ActivityPage")
    public record ActivityPage(List<ActivityResponse> items,
            @Schema(description = "Cursor of the next page; null on the last page.", nullable = true) String nextCursor) {
    }
}
