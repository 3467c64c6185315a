package io.salesplan.review.scope;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters an owner report takes (conversion, effectiveness, forecast, lost reasons,
 * segments), bound with {@code @BeanParam} so that their OpenAPI descriptions are written once.
 */
public record ReportParams(
        @Parameter(description = "COMPANY (default), TEAM (with sub-teams) or REP",
                schema = @Schema(enumeration = {"COMPANY", "TEAM", "REP"}))
        @QueryParam("ownerType") String ownerType,
        @Parameter(description = "The team or rep; empty for the company",
                schema = @Schema(type = SchemaType.STRING, format = "uuid"))
        @QueryParam("ownerId") String ownerId,
        @Parameter(description = "Replay day (default today)", schema = @Schema(type = SchemaType.STRING,
                format = "date")) @QueryParam("asOf") String asOf) {

    /** The owner the parameters name; a 400 naming ownerType or ownerId when they do not. */
    public OwnerScope owner() {
        return OwnerScope.parse(ownerType, ownerId);
    }
}
