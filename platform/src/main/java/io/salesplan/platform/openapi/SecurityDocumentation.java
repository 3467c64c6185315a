package io.salesplan.platform.openapi;

import io.salesplan.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares in every service's OpenAPI document what the platform enforces on every {@code /api}
 * operation: the bearer scheme (so Swagger UI's "Authorize" works), the requirement itself, and the
 * 401 and 403 problem responses.
 */
public class SecurityDocumentation implements OASFilter {

    static final String SCHEME = "bearer";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT (RS256) from the organisation's identity provider. Roles come from its role claim "
                        + "(admin, manager, rep, integration); a manager's or rep's e-mail claim must match an active rep. "
                        + "Locally: deploy/local/token --role admin."));
        openAPI.getComponents().addResponse("Unauthorized", problem(
                "No bearer token, or one that is not valid (signature, issuer, audience, expiry). "
                        + "WWW-Authenticate: Bearer says so too."));
        openAPI.getComponents().addResponse("Forbidden", problem(
                "The caller's role may never do this, the request names an owner outside the caller's scope, "
                        + "or a manager's or rep's e-mail matches no active rep. Resources outside the scope are "
                        + "404 when read, changed or deleted by id."));
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(SCHEME));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(SecurityDocumentation::declareAuthErrors);
            }
        });
    }

    private static void declareAuthErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                .ref("#/components/responses/Unauthorized"));
        // an operation that explains its own 403 (which owners it refuses) keeps its words
        if (!operation.getResponses().hasAPIResponse("403")) {
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                    .ref("#/components/responses/Forbidden"));
        }
    }

    static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
