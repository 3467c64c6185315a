package io.salesplan.pipeline.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer profile: the segments an account belongs to. An opportunity keeps the profile its account
 * had when the opportunity was created (or moved to another account), so a later re-classification of
 * the account does not rewrite history.
 */
@Schema(name = "CustomerProfile", description = "The segments of a customer; each part is optional (null).")
public record Profile(
        @Schema(description = "The customer's industry, as the organisation names it", examples = "Manufacturing",
                nullable = true)
        String industry,
        @Schema(description = "The customer's region, as the organisation names it", examples = "East China",
                nullable = true)
        String region,
        @Schema(description = "The customer's size class", nullable = true) CustomerSize size) {

    public static final Profile NONE = new Profile(null, null, null);

    public static Profile of(Account account) {
        return new Profile(account.industry, account.region, account.size);
    }
}
