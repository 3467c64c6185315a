package io.salesplan.web.config;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /config.json}: how the page signs people in, read once when it loads. */
@Path("/config.json")
@Produces(MediaType.APPLICATION_JSON)
public class ConfigResource {

    private final WebConfig config;

    public ConfigResource(WebConfig config) {
        this.config = config;
    }

    @GET
    public ClientConfig config() {
        return ClientConfig.from(config);
    }
}
