package io.salesplan.review.segment;

import io.salesplan.platform.problem.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A part of the customer profile that segments opportunities, named in requests in lower case. */
public enum Dimension {
    INDUSTRY("industry"), REGION("region"), SIZE("size");

    private final String key;

    Dimension(String key) {
        this.key = key;
    }

    /** The name in requests and answers, which is also the column of {@code rm_opportunity} that holds it. */
    public String key() {
        return key;
    }

    public static final String ALLOWED = Arrays.stream(values()).map(Dimension::key).collect(Collectors.joining(", "));

    /** The {@code dimension} parameter: required, one of industry, region and size. */
    public static Dimension parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required; allowed values: " + ALLOWED);
        }
        return Arrays.stream(values()).filter(d -> d.key.equals(value.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "unknown value '" + value + "'; allowed values: "
                        + ALLOWED));
    }
}
