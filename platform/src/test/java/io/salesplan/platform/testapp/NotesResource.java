package io.salesplan.platform.testapp;

import io.salesplan.platform.problem.Problem;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Fails as a bug would, with the caller's personal data in the failure: PostgreSQL quotes the whole
 * failing row (an e-mail, a note and a password here) when a NOT NULL constraint refuses it.
 */
@Path("/api/test/notes")
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    public record Note(String email, String notes, String password) {
    }

    private final Sql sql;

    public NotesResource(Sql sql) {
        this.sql = sql;
    }

    @POST
    @Transactional
    @Operation(operationId = "storeTestNote", summary = "Stores a note (logging tests)")
    @APIResponse(responseCode = "204", description = "Stored.")
    @APIResponse(responseCode = "500", description = "Fails as a bug would when a field is missing.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public void store(@RequestBody(content = @Content(examples = @ExampleObject(name = "note",
            value = "{\"email\": \"li.wei@example.com\", \"notes\": \"call back\", \"password\": \"x\"}"))) Note note) {
        sql.update("insert into test_order (id, name) values (null, ?)", note.email() + ": " + note.notes() + " (" + note.password() + ")");
    }
}
