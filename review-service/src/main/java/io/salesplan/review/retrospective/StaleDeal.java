package io.salesplan.review.retrospective;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaleDeal", description = "An open deal with no activity for the configured number of days")
public record StaleDeal(UUID opportunityId, UUID ownerId, String stage, BigDecimal amount,
        @Schema(description = "The last activity on the deal, or its creation day without any")
        LocalDate lastActivityDate,
        @Schema(description = "Days from lastActivityDate to the snapshot's asOf") long daysWithoutActivity) {
}
