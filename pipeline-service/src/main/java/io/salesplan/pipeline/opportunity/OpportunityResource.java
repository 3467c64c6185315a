package io.salesplan.pipeline.opportunity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.pipeline.pipeline.StageRules;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import io.salesplan.platform.web.Versions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
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

@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Deals moving through a pipeline, with their stage history")
public class OpportunityResource {

    private final OpportunityService service;
    private final ObjectMapper mapper;
    private final Validator validator;

    public OpportunityResource(OpportunityService service, ObjectMapper mapper, Validator validator) {
        this.service = service;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createOpportunity",
            summary = "Create an opportunity", description = "Defaults: the default pipeline and its first OPEN "
            + "stage, amount 0, createdAt now. The owner must be a rep of goals-service: one created a moment ago is "
            + "checked with goals-service directly, asking with the caller's own token. A manager may create "
            + "opportunities for the reps of their teams and themselves, a rep only for themselves: another "
            + "ownerId is a 403. createdBy and updatedBy are the caller's token subject. The opportunity keeps the "
            + "customer profile (industry, region, size) its account has now as accountProfile: re-classifying "
            + "the account later does not change it, so segment reports keep their history. forecastCategory "
            + "defaults from the stage's probability (COMMIT from 0.75, BEST_CASE from 0.50, else PIPELINE, "
            + "configurable); a deal created won is CLOSED, one created lost OMITTED and needs lostReasonCode. "
            + "Publishes salesplan.opportunity.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a missing or invalid field, createdAt in the "
            + "future, LOST stage without lostReasonCode or with a code the pipeline does not have (the allowed "
            + "codes are named), a lost reason with another stage, forecastCategory for a deal created won or lost, "
            + "an unknown forecastCategory (the allowed values are named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown accountId, ownerId, pipelineId or stage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The owner is not known yet and goals-service cannot be asked; "
            + "retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "open", summary = "A new deal in the default pipeline's first stage",
                            value = "{\"name\": \"Lianhua CRM rollout 2026\", "
                            + "\"accountId\": \"3f2b8c1d-6e4a-4b9f-a1c2-d3e4f5a6b7c8\", "
                            + "\"ownerId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", \"amount\": 120000.00, "
                            + "\"expectedCloseDate\": \"2026-06-30\", \"source\": \"REFERRAL\"}"),
                    @ExampleObject(name = "lost", summary = "A deal recorded as already lost",
                            value = "{\"name\": \"Lianhua renewal\", "
                            + "\"accountId\": \"3f2b8c1d-6e4a-4b9f-a1c2-d3e4f5a6b7c8\", "
                            + "\"ownerId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\", \"stage\": \"LOST\", "
                            + "\"lostReasonCode\": \"COMPETITOR\", "
                            + "\"lostReason\": \"Chose a competitor 8 % cheaper\"}")}))
            @Valid @NotNull OpportunityRequest request) {
        OpportunityResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/opportunities/" + created.id()))
                .header("ETag", Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listOpportunities",
            summary = "List opportunities", description = "Newest first (createdAt, then id), filtered by any "
            + "combination of the parameters. teamId includes the reps of all its sub-teams. closeFrom/closeTo "
            + "filter expectedCloseDate, both inclusive. Only opportunities the caller may see are listed: a "
            + "manager's are those owned by the reps of their teams (and sub-teams) and their own, a rep's their "
            + "own; an ownerId or teamId outside that scope is a 403. A nextCursor works only for the caller it "
            + "was given to.")
    @APIResponse(responseCode = "200", description = "One page of opportunities: {\"items\", \"nextCursor\"}")
    @APIResponse(responseCode = "400", description = "A bad filter value (unknown status names the allowed ones), "
            + "closeFrom after closeTo, bad limit, or a cursor of another query or tampered with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<OpportunityResponse> list(
            @Parameter(description = "Owner rep id") @QueryParam("ownerId") String ownerId,
            @Parameter(description = "Team id; includes its sub-teams") @QueryParam("teamId") String teamId,
            @Parameter(description = "Account id") @QueryParam("accountId") String accountId,
            @Parameter(description = "Pipeline id") @QueryParam("pipelineId") String pipelineId,
            @Parameter(description = "Stage key", example = "PROPOSAL") @QueryParam("stage") String stage,
            @Parameter(description = "Status", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"OPEN", "WON", "LOST"})) @QueryParam("status") String status,
            @Parameter(description = "Earliest expectedCloseDate, YYYY-MM-DD") @QueryParam("closeFrom") String closeFrom,
            @Parameter(description = "Latest expectedCloseDate, YYYY-MM-DD") @QueryParam("closeTo") String closeTo,
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same filters") @QueryParam("cursor")
            String cursor) {
        LocalDate from = Params.date("closeFrom", closeFrom);
        LocalDate to = Params.date("closeTo", closeTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalid("closeFrom", "must not be after closeTo");
        }
        String stageKey = stage == null || stage.isBlank() ? null : stage.strip();
        if (stageKey != null && !stageKey.matches(StageRules.KEY_PATTERN)) {
            throw ApiException.invalid("stage", "must be a stage key in UPPER_SNAKE_CASE, e.g. PROPOSAL");
        }
        OpportunityFilter filter = new OpportunityFilter(Params.uuid("ownerId", ownerId), Params.uuid("teamId", teamId),
                Params.uuid("accountId", accountId), Params.uuid("pipelineId", pipelineId), stageKey,
                Params.enumValue(OpportunityStatus.class, "status", status), from, to);
        return service.list(filter, Params.limit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOpportunity", summary = "Get an opportunity", description = "The opportunity as "
            + "its owner left it; ETag carries its version, and If-None-Match with the current one is a 304. An "
            + "opportunity whose owner is outside the caller's scope is a 404.")
    @APIResponse(responseCode = "200", description = "The opportunity; ETag carries its version",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    public Response get(@PathParam("id") String id) {
        OpportunityResponse opportunity = service.get(Params.pathId("Opportunity", id));
        return Response.ok(opportunity).header("ETag", Versions.etag(opportunity.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(operationId = "updateOpportunity",
            summary = "Change an opportunity", description = "JSON merge patch: changes the fields given, absent "
            + "ones stay as they are: name, accountId, ownerId, amount, expectedCloseDate, source, forecastCategory. "
            + "null clears expectedCloseDate or source; the other fields cannot be null. forecastCategory (PIPELINE, "
            + "BEST_CASE or COMMIT) is the owner's call on an open deal; on a won or lost deal it is a 409. A new "
            + "accountId gives the opportunity that account's current profile. The stage changes only "
            + "through POST …/stage (stage or status in a PATCH is a 400). Honours If-Match: with a stale ETag, or "
            + "when another change wins a race, the answer is 412. A change publishes "
            + "salesplan.opportunity.updated.v1 and sets updatedBy; a patch that changes nothing keeps the version. "
            + "A new ownerId outside the caller's scope is a 403.")
    @APIResponse(responseCode = "200", description = "The opportunity after the change",
            headers = @Header(name = "ETag", description = "The new version, quoted"),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "409", description = "forecastCategory for a won or lost deal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown accountId or ownerId",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The new owner cannot be verified with goals-service",
            headers = @Header(name = "Retry-After", description = "Seconds to wait"),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(content = @Content(schema = @Schema(implementation = OpportunityPatchRequest.class),
            examples = @ExampleObject(name = "commit", summary = "The owner commits to a later close",
                    value = "{\"amount\": 135000.00, \"expectedCloseDate\": \"2026-07-31\", "
                    + "\"forecastCategory\": \"COMMIT\"}")))
    public Response patch(@PathParam("id") String id,
            @Parameter(description = "ETag of the version being changed") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) throws JsonProcessingException {
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "must be a JSON object with the fields to change");
        }
        OpportunityPatchRequest patch = mapper.treeToValue(body, OpportunityPatchRequest.class);
        Set<ConstraintViolation<OpportunityPatchRequest>> violations = validator.validate(patch);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> cleared = new HashSet<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                cleared.add(field.getKey());
            }
        });
        OpportunityResponse opportunity = service.patch(Params.pathId("Opportunity", id), ifMatch, patch, cleared);
        return Response.ok(opportunity).header("ETag", Versions.etag(opportunity.version())).build();
    }
}
