package io.salesplan.review.pipeline;

import java.math.BigDecimal;

/** One stage of a pipeline: {@code kind} is OPEN, WON or LOST; {@code position} is the 0-based order. */
public record StageDefinition(String key, String name, String kind, BigDecimal probability, Integer position) {

    public boolean open() {
        return "OPEN".equals(kind);
    }

    public boolean won() {
        return "WON".equals(kind);
    }
}
