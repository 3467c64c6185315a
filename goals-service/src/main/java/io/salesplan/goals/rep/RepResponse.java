package io.salesplan.goals.rep;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rep", description = "A sales representative.")
public record RepResponse(
        @Schema(description = "Rep id.", examples = "3d6f1a2b-9c4e-4f8a-b1d2-7e5c6a9b0f13") UUID id,
        @Schema(description = "Full name.", examples = "Li Wei") String name,
        @Schema(description = "E-mail address.", examples = "li.wei@example.com") String email,
        @Schema(description = "The rep's team.", examples = "0b8f5b0e-7e0c-4b7a-8f5e-2a9c3d1e4f60") UUID teamId,
        @Schema(description = "Whether the rep is active.", examples = "true") boolean active,
        @Schema(description = "Grows by one with every change; the ETag carries it.", examples = "0") long version) {

    public static RepResponse from(Rep rep) {
        return new RepResponse(rep.id, rep.name, rep.email, rep.teamId, rep.active, rep.version);
    }
}
