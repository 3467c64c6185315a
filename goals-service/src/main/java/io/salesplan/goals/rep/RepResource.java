package io.salesplan.goals.rep;

import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.web.Params;
import io.salesplan.platform.web.Versions;
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

@Path("/api/v1/reps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reps", description = "Sales representatives and their teams.")
public class RepResource {

    private final RepService service;

    public RepResource(RepService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createRep", summary = "Create a rep", description = "Creates a rep in a team. The e-mail must be unique (409 otherwise). Publishes salesplan.rep.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location names the rep, ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = RepResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "UnknownReference", responseCode = "422")
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "rep", summary = "A rep in a team",
                    value = "{\"name\": \"Li Wei\", \"email\": \"li.wei@example.com\", "
                    + "\"teamId\": \"0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60\"}")))
            @Valid @NotNull CreateRepRequest request, @Context UriInfo uri) {
        RepResponse rep = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(rep.id().toString()).build())
                .header("ETag", Versions.etag(rep.version()))
                .entity(rep).build();
    }

    @GET
    @Operation(operationId = "listReps", summary = "List reps", description = "Reps oldest first, cursor-paginated, optionally of one team (direct members only) and by active flag.")
    @APIResponse(responseCode = "200", description = "One page of reps: {\"items\", \"nextCursor\"}.")
    public Page<RepResponse> list(
            @Parameter(description = "Only members of this team.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("teamId") String teamId,
            @Parameter(description = "Only active (true) or inactive (false) reps; both when absent.",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("active") String active,
            @Parameter(description = "Only the rep with this e-mail (case-insensitive): how a front end or the local token "
                    + "command finds the rep a person signs in as.", example = "li.wei@example.com")
            @QueryParam("email") String email,
            @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same filters.")
            @QueryParam("cursor") String cursor) {
        Params.All params = Params.all();
        Boolean activeFilter = active == null || active.isBlank() ? null : params.read(() -> Params.bool("active", active));
        UUID team = params.read(() -> Params.uuid("teamId", teamId));
        Integer pageSize = params.read(() -> Params.limit(limit));
        params.check();
        return service.list(team, activeFilter, email == null || email.isBlank() ? null : email.trim(), cursor, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRep", summary = "Get a rep", description = "Other services call this to verify a rep they have not yet heard of through events.")
    @APIResponse(responseCode = "200", description = "The rep; ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = RepResponse.class)))
    public Response get(
            @Parameter(description = "Rep id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        RepResponse rep = service.find(Params.pathId("Rep", id))
                .orElseThrow(() -> ApiException.notFound("Rep", id));
        return Response.ok(rep).header("ETag", Versions.etag(rep.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRep", summary = "Change a rep", description = "Changes name, e-mail, team (moves the rep) or active flag. Honours If-Match. Publishes salesplan.rep.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The changed rep; ETag carries its new version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = RepResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "UnknownReference", responseCode = "422")
    public Response update(
            @Parameter(description = "Rep id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on; a stale one is a 412.")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "deactivate", summary = "Deactivate a rep who left",
                    value = "{\"active\": false}")))
            @Valid @NotNull UpdateRepRequest changes) {
        RepResponse rep = service.update(Params.pathId("Rep", id), changes, ifMatch);
        return Response.ok(rep).header("ETag", Versions.etag(rep.version())).build();
    }
}
