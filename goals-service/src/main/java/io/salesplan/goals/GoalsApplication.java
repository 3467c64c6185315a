package io.salesplan.goals;

import io.salesplan.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@OpenAPIDefinition(info = @Info(
        title = "Salesplan goals-service",
        version = "1.0.0",
        description = "Sales organisation (teams and reps), OKR/KPI goals, exact decomposition by period and owner, funnel back-calculation into action plans, and plan adjustments proposed by retrospectives. Errors are RFC 9457 application/problem+json; lists are cursor-paginated "
                + "({\"items\", \"nextCursor\"}); mutable resources carry an ETag and honour If-Match.",
        contact = @Contact(name = "Salesplan", url = "https://salesplan.io", email = "api@salesplan.io"),
        license = @License(name = "Apache 2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        components = @Components(responses = {
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "The request conflicts with the current state; detail says why.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnknownReference", responseCode = "422",
                        description = "Well-formed, but it refers to a team, rep or goal that does not exist.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class GoalsApplication extends Application {
}
