package io.salesplan.review.opportunity;

import java.util.Arrays;
import java.util.Optional;

/** The size class of a deal's account, as pipeline-service's account profile names it. */
public enum AccountSize {
    SMALL, MID, LARGE, ENTERPRISE;

    /** The size named so, or empty for null or a name this version does not know. */
    public static Optional<AccountSize> of(String name) {
        return Arrays.stream(values()).filter(v -> v.name().equals(name)).findFirst();
    }
}
