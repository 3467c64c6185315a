package io.salesplan.pipeline.account;

import java.util.UUID;

/**
 * Payload of {@code salesplan.account.created.v1} and {@code salesplan.account.updated.v1}; the profile
 * fields {@code industry}, {@code region} and {@code size} were added compatibly (null when not set).
 */
public record AccountEventV1(UUID accountId, String name, String industry, String region, CustomerSize size,
        long version) {

    public static final String CREATED = "salesplan.account.created.v1";
    public static final String UPDATED = "salesplan.account.updated.v1";

    static AccountEventV1 from(Account account) {
        return new AccountEventV1(account.id, account.name, account.industry, account.region, account.size,
                account.version);
    }
}
