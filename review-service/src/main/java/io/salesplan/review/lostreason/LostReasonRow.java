package io.salesplan.review.lostreason;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LostReasonRow", description = "The deals lost with one reason code")
public record LostReasonRow(
        @Schema(description = "One of the pipelines' lost-reason codes; deals lost before codes existed count as "
                + "OTHER", examples = "PRICE") String code,
        @Schema(description = "Deals lost with this code in the window", examples = "12") long count,
        @Schema(description = "Σ amount of those deals (latest known), 2 decimals", examples = "960000.00")
        BigDecimal amount,
        @Schema(description = "count ÷ all deals lost in the window, 4 decimals", examples = "0.4") BigDecimal share,
        @Schema(description = "How many were lost from each stage: the stage the deal left for LOST (UNKNOWN for a "
                + "deal created directly as lost)", examples = "{\"PROPOSAL\": 7, \"NEGOTIATION\": 5}")
        Map<String, Long> byStage) {
}
