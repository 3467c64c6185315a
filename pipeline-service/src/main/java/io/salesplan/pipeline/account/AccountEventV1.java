package io.salesplan.pipeline.account;

import java.util.UUID;

/** Payload of {@code salesplan.account.created.v1} and {@code salesplan.account.updated.v1}. */
public record AccountEventV1(UUID accountId, String name, long version) {

    public static final String CREATED = "salesplan.account.created.v1";
    public static final String UPDATED = "salesplan.account.updated.v1";

    static AccountEventV1 from(Account account) {
        return new AccountEventV1(account.id, account.name, account.version);
    }
}
