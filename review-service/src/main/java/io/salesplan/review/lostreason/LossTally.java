package io.salesplan.review.lostreason;

import java.math.BigDecimal;

/** Deals lost with one code from one stage: how many and their amount. */
public record LossTally(String code, String fromStage, long count, BigDecimal amount) {
}
