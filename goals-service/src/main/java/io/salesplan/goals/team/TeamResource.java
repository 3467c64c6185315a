package io.salesplan.goals.team;

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

@Path("/api/v1/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "The sales organisation: teams, which nest.")
public class TeamResource {

    private final TeamService service;

    public TeamResource(TeamService service) {
        this.service = service;
    }

    @POST
    @Operation(operationId = "createTeam", summary = "Create a team", description = "Creates a team, top-level or under parentTeamId. Publishes salesplan.team.created.v1.")
    @APIResponse(responseCode = "201", description = "Created; Location names the team, ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(ref = "UnknownReference", responseCode = "422")
    public Response create(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "team", summary = "A top-level team with its manager",
                    value = "{\"name\": \"East China\", \"managerId\": \"2f4c8a1e-5b7d-4e3a-9c6f-1a2b3c4d5e6f\"}")))
            @Valid @NotNull CreateTeamRequest request, @Context UriInfo uri) {
        TeamResponse team = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
                .header("ETag", Versions.etag(team.version()))
                .entity(team).build();
    }

    @GET
    @Operation(operationId = "listTeams", summary = "List teams", description = "Teams oldest first, cursor-paginated. parentTeamId lists the direct sub-teams of a team; topLevel=true only teams without a parent.")
    @APIResponse(responseCode = "200", description = "One page of teams: {\"items\", \"nextCursor\"}.")
    public Page<TeamResponse> list(
            @Parameter(description = "Only direct sub-teams of this team.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("parentTeamId") String parentTeamId,
            @Parameter(description = "true: only top-level teams.", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("topLevel") String topLevel,
            @Parameter(description = "Page size, 1 to 500 (default 50).", schema = @Schema(type = SchemaType.INTEGER))
            @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page, with the same filters.")
            @QueryParam("cursor") String cursor) {
        Params.All params = Params.all();
        UUID parent = params.read(() -> Params.uuid("parentTeamId", parentTeamId));
        Boolean onlyTopLevel = params.read(() -> Params.bool("topLevel", topLevel));
        Integer pageSize = params.read(() -> Params.limit(limit));
        params.check();
        return service.list(parent, onlyTopLevel, cursor, pageSize);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeam", summary = "Get a team", description = "Any signed-in caller may read any team.")
    @APIResponse(responseCode = "200", description = "The team; ETag carries its version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public Response get(
            @Parameter(description = "Team id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id) {
        TeamResponse team = service.find(Params.pathId("Team", id))
                .orElseThrow(() -> ApiException.notFound("Team", id));
        return Response.ok(team).header("ETag", Versions.etag(team.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateTeam", summary = "Change a team", description = "Renames the team or moves it under another parent (null: top level). A move that would make the team its own ancestor is a 409. Honours If-Match. Publishes salesplan.team.updated.v1 when something changed.")
    @APIResponse(responseCode = "200", description = "The changed team; ETag carries its new version.",
            headers = @Header(name = "ETag", description = "\"<version>\""),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(ref = "Conflict", responseCode = "409")
    @APIResponse(ref = "UnknownReference", responseCode = "422")
    public Response update(
            @Parameter(description = "Team id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Parameter(description = "The ETag of the version this change is based on; a stale one is a 412.")
            @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "rename", summary = "Rename the team",
                    value = "{\"name\": \"East China Key Accounts\"}")))
            @Valid @NotNull UpdateTeamRequest changes) {
        TeamResponse team = service.update(Params.pathId("Team", id), changes, ifMatch);
        return Response.ok(team).header("ETag", Versions.etag(team.version())).build();
    }
}
