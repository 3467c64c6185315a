package io.salesplan.pipeline.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account")
public record AccountResponse(
        UUID id,
        @Schema(examples = "Shanghai Lianhua Trading Co.") String name,
        @Schema(description = "The customer's industry; null when not set", examples = "Manufacturing",
                nullable = true) String industry,
        @Schema(description = "The customer's region; null when not set", examples = "East China",
                nullable = true) String region,
        @Schema(description = "The customer's size class; null when not set", nullable = true) CustomerSize size,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Grows by one with every change; the ETag carries it.") long version) {

    static AccountResponse from(Account account) {
        return new AccountResponse(account.id, account.name, account.industry, account.region, account.size,
                account.createdAt.atOffset(ZoneOffset.UTC), account.updatedAt.atOffset(ZoneOffset.UTC),
                account.version);
    }
}
