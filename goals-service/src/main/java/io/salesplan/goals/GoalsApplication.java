package io.salesplan.goals;

import io.salesplan.platform.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
                @APIResponse(name = "BadRequest", responseCode = "400",
                        description = "Malformed JSON, a wrong type, an unknown enum value (the allowed ones are named), a failed constraint, a bad period or query parameter; errors[] names each field.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "The resource in the path does not exist.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "The request conflicts with the current state; detail says why.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "PreconditionFailed", responseCode = "412",
                        description = "If-Match does not match the current ETag: fetch the resource again and reapply the change.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "UnknownReference", responseCode = "422",
                        description = "Well-formed, but it refers to a team, rep or goal that does not exist.",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Unavailable", responseCode = "503",
                        description = "The database is unavailable; retry after the given seconds.",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait"),
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class GoalsApplication extends Application {
}
