package io.salesplan.review.scope;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.web.Params;
import java.util.Optional;
import java.util.UUID;

/** The owner a report is about; {@code id} is null for the company. */
public record OwnerScope(OwnerType type, UUID id) {

    /** The owner id under which company-wide totals are kept in the daily aggregates. */
    public static final UUID COMPANY_ID = new UUID(0L, 0L);

    public static OwnerScope company() {
        return new OwnerScope(OwnerType.COMPANY, null);
    }

    /** The owner of a goal as the read model stores it; empty when a team or rep has no id. */
    public static Optional<OwnerScope> of(OwnerType type, UUID ownerId) {
        if (type == OwnerType.COMPANY) {
            return Optional.of(company());
        }
        return ownerId == null ? Optional.empty() : Optional.of(new OwnerScope(type, ownerId));
    }

    /**
     * Parses {@code ownerType} (default {@code COMPANY}) and {@code ownerId} (required for a team
     * or a rep, not allowed for the company).
     */
    public static OwnerScope parse(String ownerType, String ownerId) {
        OwnerType type = Params.enumValue(OwnerType.class, "ownerType", ownerType);
        UUID id = Params.uuid("ownerId", ownerId);
        if (type == null) {
            type = id == null ? OwnerType.COMPANY : null;
            if (type == null) {
                throw ApiException.invalid("ownerType", "is required with ownerId; allowed values: TEAM, REP");
            }
        }
        if (type == OwnerType.COMPANY && id != null) {
            throw ApiException.invalid("ownerId", "must be empty when ownerType is COMPANY");
        }
        if (type != OwnerType.COMPANY && id == null) {
            throw ApiException.invalid("ownerId", "is required when ownerType is " + type);
        }
        return new OwnerScope(type, id);
    }
}
