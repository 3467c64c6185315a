package io.salesplan.goals.me;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "Who the caller is and what they see, for a front end to build its navigation.")
public record MeView(
        @Schema(description = "The token's subject; recorded as createdBy/updatedBy and as the events' actor.",
                examples = "li.wei@example.com") String subject,
        @Schema(description = "The token's e-mail, matched to a rep's e-mail; null when the token has none.",
                nullable = true, examples = "li.wei@example.com") String email,
        @Schema(description = "The roles this product knows that the token grants (others are ignored).",
                type = SchemaType.ARRAY, implementation = RoleName.class) List<String> roles,
        @Schema(description = "The active rep whose e-mail matches the token's; null when none does (then a manager or "
                + "rep token is refused everywhere else with 403).", nullable = true) UUID repId,
        @Schema(description = "The teams and reps whose data the caller may see.") Scope scope) {

    /** Documentation only: the role names as tokens and this answer spell them. */
    @Schema(name = "Role", type = SchemaType.STRING, enumeration = {"admin", "manager", "rep", "integration"},
            description = "A role a token may grant.")
    public static final class RoleName {
        private RoleName() {
        }
    }

    @Schema(name = "MeScope", description = "A manager: every team they manage, all sub-teams and the reps in them "
            + "(and themselves); a rep: themselves; an admin or integration: every team and rep.")
    public record Scope(List<UUID> teamIds, List<UUID> repIds) {
    }
}
