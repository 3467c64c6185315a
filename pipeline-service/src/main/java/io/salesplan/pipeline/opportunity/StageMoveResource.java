package io.salesplan.pipeline.opportunity;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The stage sub-resources of an opportunity: moving it and reading its stage history. */
@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Deals moving through a pipeline, with their stage history")
public class StageMoveResource {

    private final StageMoveService service;

    public StageMoveResource(StageMoveService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/stage")
    @Operation(operationId = "moveOpportunity",
            summary = "Move an opportunity to a stage", description = "Any stage of its pipeline may be the target "
            + "(skipping is allowed). LOST needs lostReasonCode, one of the pipeline's codes (default PRICE, "
            + "COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, OTHER), and may add the free-text lostReason; WON may "
            + "carry the final amount; moving a won or lost deal to an OPEN stage reopens it (closedAt, "
            + "lostReasonCode and lostReason are cleared). forecastCategory follows the new stage: CLOSED when won, "
            + "OMITTED when lost, and in an open stage the category of its probability (a call set by PATCH holds "
            + "until the next move). Moving to the stage it is "
            + "already in changes nothing and publishes nothing (200 with the unchanged opportunity). at back-fills "
            + "the move's business time: never in the future, before the creation or before the previous move. "
            + "Honours If-Match. Sets updatedBy, records who moved it in the history, and publishes "
            + "salesplan.opportunity.stage-changed.v1.")
    @APIResponse(responseCode = "200", description = "The opportunity after the move",
            headers = @Header(name = "ETag", description = "The new version, quoted"),
            content = @Content(schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, LOST without lostReasonCode or with a code the "
            + "pipeline does not have (the allowed codes are named), a lost reason with another stage, at in the "
            + "future or too early, amount with a stage other than WON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The pipeline has no such stage",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@PathParam("id") String id,
            @Parameter(description = "ETag of the version being changed (optional)") @HeaderParam("If-Match")
            String ifMatch,
            @RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "advance", summary = "Move to the proposal stage",
                            value = "{\"stage\": \"PROPOSAL\"}"),
                    @ExampleObject(name = "lost", summary = "Lost to a competitor",
                            value = "{\"stage\": \"LOST\", \"lostReasonCode\": \"COMPETITOR\", "
                            + "\"lostReason\": \"Chose a competitor 8 % cheaper\"}"),
                    @ExampleObject(name = "won", summary = "Won at the final amount",
                            value = "{\"stage\": \"WON\", \"amount\": 118000.00}")}))
            @Valid @NotNull StageMoveRequest move) {
        OpportunityResponse opportunity = service.move(Params.pathId("Opportunity", id), ifMatch, move);
        return Response.ok(opportunity).header("ETag", Versions.etag(opportunity.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOpportunityHistory",
            summary = "Stage history of an opportunity", description = "Every stage move with from, to, its "
            + "business time and who made it, oldest first. Creating the opportunity is not a move.")
    @APIResponse(responseCode = "200", description = "{\"items\": [{\"from\", \"to\", \"at\", \"movedBy\"}]}",
            content = @Content(schema = @Schema(implementation = HistoryResponse.class)))
    public HistoryResponse history(@PathParam("id") String id) {
        return service.history(Params.pathId("Opportunity", id));
    }
}
