package io.salesplan.activity.reference;

import java.util.UUID;

/** What an activity needs to know of an opportunity: its account and owner. */
public record OpportunityLink(UUID opportunityId, UUID accountId, UUID ownerId) {
}
