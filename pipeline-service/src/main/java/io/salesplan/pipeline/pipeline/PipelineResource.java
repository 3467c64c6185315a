package io.salesplan.pipeline.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pipelines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pipelines", description = "Pipelines and their ordered stages")
public class PipelineResource {

    private final PipelineService service;
    private final PipelineDefinitionService definitions;
    private final ObjectMapper mapper;
    private final Validator validator;

    public PipelineResource(PipelineService service, PipelineDefinitionService definitions, ObjectMapper mapper,
            Validator validator) {
        this.service = service;
        this.definitions = definitions;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Operation(operationId = "createPipeline",
            summary = "Create a pipeline", description = "Creates a pipeline with the given stages in funnel order, "
            + "or with the default stages when none are given. Stage rules: keys unique and UPPER_SNAKE_CASE, "
            + "probabilities from 0 to 1, at least one OPEN stage, exactly one WON (probability 1) and one LOST "
            + "(probability 0) stage. lostReasonCodes (default PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, "
            + "OTHER) are the codes its lost deals give. Admins only. Publishes salesplan.pipeline.defined.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag are set",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "enterprise",
                    summary = "A pipeline with its own stages",
                    value = "{\"name\": \"Enterprise deals\", \"stages\": ["
                    + "{\"key\": \"QUALIFICATION\", \"kind\": \"OPEN\", \"probability\": 0.1}, "
                    + "{\"key\": \"PROPOSAL\", \"kind\": \"OPEN\", \"probability\": 0.5}, "
                    + "{\"key\": \"WON\", \"kind\": \"WON\", \"probability\": 1}, "
                    + "{\"key\": \"LOST\", \"kind\": \"LOST\", \"probability\": 0}]}")))
            @Valid @NotNull CreatePipelineRequest request) {
        PipelineResponse created = service.create(request);
        return Response.created(URI.create("/api/v1/pipelines/" + created.id()))
                .header("ETag", Versions.etag(created.version())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listPipelines",
            summary = "List pipelines", description = "All pipelines in creation order (the default one first).")
    @APIResponse(responseCode = "200", description = "One page of pipelines: {\"items\", \"nextCursor\"}")
    public Page<PipelineResponse> list(
            @Parameter(description = "Page size, 1 to 500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return service.list(Params.limit(limit), cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPipeline",
            summary = "Get a pipeline", description = "The pipeline with its stages in funnel order.")
    @APIResponse(responseCode = "200", description = "The pipeline; ETag carries its version",
            headers = @Header(name = "ETag", description = "The version, quoted"),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    public Response get(@PathParam("id") String id) {
        PipelineResponse pipeline = service.get(Params.pathId("Pipeline", id));
        return Response.ok(pipeline).header("ETag", Versions.etag(pipeline.version())).build();
    }

    @PUT
    @Path("/{id}/stages")
    @Operation(operationId = "replacePipelineStages",
            summary = "Replace the stages of a pipeline", description = "Sends the complete new stage list in "
            + "funnel order, as {\"stages\": [...]} or as a bare array. A stage is identified by its key: keep the "
            + "key to rename, reorder or re-weight it; a new key adds a stage; a key left out removes it. Removing a "
            + "stage (or changing its kind) while opportunities are in it is a 409. Same rules as on creation. "
            + "Honours If-Match. Admins only. An identical list changes nothing; any change publishes "
            + "salesplan.pipeline.defined.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = StagesRequest.class),
            examples = @ExampleObject(name = "addNegotiation", summary = "A negotiation stage before WON",
                    value = "{\"stages\": ["
                    + "{\"key\": \"QUALIFICATION\", \"kind\": \"OPEN\", \"probability\": 0.1}, "
                    + "{\"key\": \"PROPOSAL\", \"kind\": \"OPEN\", \"probability\": 0.5}, "
                    + "{\"key\": \"NEGOTIATION\", \"kind\": \"OPEN\", \"probability\": 0.8}, "
                    + "{\"key\": \"WON\", \"kind\": \"WON\", \"probability\": 1}, "
                    + "{\"key\": \"LOST\", \"kind\": \"LOST\", \"probability\": 0}]}")))
    @APIResponse(responseCode = "200", description = "The pipeline with its new stages",
            headers = @Header(name = "ETag", description = "The new version, quoted"),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "409", description = "A removed stage still holds opportunities",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceStages(@PathParam("id") String id,
            @Parameter(description = "ETag of the version being changed") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) throws JsonProcessingException {
        StagesRequest request = stagesOf(body);
        PipelineResponse pipeline = definitions.replaceStages(Params.pathId("Pipeline", id), ifMatch, request.stages());
        return Response.ok(pipeline).header("ETag", Versions.etag(pipeline.version())).build();
    }

    @PUT
    @Path("/{id}/lost-reasons")
    @Operation(operationId = "replacePipelineLostReasonCodes", summary = "Replace the lost-reason codes of a pipeline",
            description = "The codes a deal moved to this pipeline's LOST stage must give as lostReasonCode (new "
            + "pipelines start with PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER). Deals already lost "
            + "keep their code, also one the new list leaves out. Honours If-Match. Admins only. An identical list "
            + "changes nothing; any change publishes salesplan.pipeline.defined.v1.")
    @APIResponse(responseCode = "200", description = "The pipeline with its new codes",
            headers = @Header(name = "ETag", description = "The new version, quoted"),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no code, a code not in UPPER_SNAKE_CASE or "
            + "given twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceLostReasonCodes(@PathParam("id") String id,
            @Parameter(description = "ETag of the version being changed") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "codes", summary = "Four codes",
                    value = "{\"codes\": [\"PRICE\", \"COMPETITOR\", \"NO_BUDGET\", \"OTHER\"]}")))
            @Valid @NotNull LostReasonsRequest request) {
        PipelineResponse pipeline = definitions.replaceLostReasonCodes(Params.pathId("Pipeline", id), ifMatch,
                request.codes());
        return Response.ok(pipeline).header("ETag", Versions.etag(pipeline.version())).build();
    }

    /** The body as {"stages": [...]}, also when the client sent the bare array. */
    private StagesRequest stagesOf(JsonNode body) throws JsonProcessingException {
        if (body == null || body.isNull()) {
            throw ApiException.invalid("stages", "is required");
        }
        JsonNode wrapped = body.isArray() ? JsonNodeFactory.instance.objectNode().set("stages", body) : body;
        if (!wrapped.isObject()) {
            throw ApiException.invalid("body", "must be {\"stages\": [...]} or an array of stages");
        }
        StagesRequest request = mapper.treeToValue(wrapped, StagesRequest.class);
        Set<ConstraintViolation<StagesRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
