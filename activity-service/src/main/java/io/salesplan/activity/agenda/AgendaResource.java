package io.salesplan.activity.agenda;

import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reps/{id}/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda", description = "A rep's daily plan of tasks and what was done.")
public class AgendaResource {

    private final AgendaService service;

    public AgendaResource(AgendaService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getRepAgenda", summary = "A rep's agenda for one day",
            description = "Open tasks due that day, open tasks overdue from before it, and the activities the rep logged "
                    + "that day grouped by type, with counts. Days are business days in the deployment's zone "
                    + "(salesplan.time-zone). A manager may read the agendas of the reps in their scope, a rep their "
                    + "own; integrations may not.")
    @APIResponse(responseCode = "200", description = "The agenda.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgendaView.class)))
    @APIResponse(responseCode = "400", description = "A malformed date.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such rep, or a rep outside your scope.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The rep is not known here yet and goals-service cannot be asked; "
            + "retry after Retry-After seconds.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgendaView agenda(@PathParam("id") String id,
            @Parameter(description = "The day, YYYY-MM-DD; defaults to today.", example = "2026-03-02")
            @QueryParam("date") String date) {
        LocalDate day = Params.date("date", date);
        return service.agenda(Params.pathId("Rep", id), day == null ? service.today() : day);
    }
}
