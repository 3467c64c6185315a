package io.salesplan.platform.testapp;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Says how many characters of body reached it, on a worker thread and on the event loop. */
@Path("/test/echo")
@Consumes(MediaType.TEXT_PLAIN)
@Produces(MediaType.TEXT_PLAIN)
public class EchoResource {

    @POST
    @Path("/blocking")
    public String blocking(String body) {
        return String.valueOf(body.length());
    }

    @POST
    @Path("/non-blocking")
    public Uni<String> nonBlocking(String body) {
        return Uni.createFrom().item(String.valueOf(body.length()));
    }
}
