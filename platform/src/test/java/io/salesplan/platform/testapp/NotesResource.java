package io.salesplan.platform.testapp;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

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
    public void store(Note note) {
        sql.update("insert into test_order (id, name) values (null, ?)", note.email() + ": " + note.notes() + " (" + note.password() + ")");
    }
}
