package io.salesplan.activity.reference;

import java.util.UUID;

/** The parts of other services' event payloads (docs/events.md) that this service keeps. */
final class ReferenceEvents {

    private ReferenceEvents() {
    }

    record RepChanged(UUID repId, String name, String email, UUID teamId, Boolean active, Long version) {
    }

    record TeamChanged(UUID teamId, UUID parentTeamId, UUID managerId, Long version) {
    }

    record AccountChanged(UUID accountId, String name, Long version) {
    }

    record OpportunityChanged(UUID opportunityId, UUID accountId, UUID ownerId, Long version) {
    }
}
