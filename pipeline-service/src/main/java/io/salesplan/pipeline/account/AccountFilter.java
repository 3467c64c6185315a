package io.salesplan.pipeline.account;

import java.util.Locale;

/**
 * The filters of the account list; null means "any". Text filters are compared in lower case: {@code q}
 * is contained in the name, {@code industry} and {@code region} equal the account's.
 */
public record AccountFilter(String q, String industry, String region, CustomerSize size) {

    /** Identifies the query a cursor belongs to. */
    String queryKey() {
        return "accounts|q=" + lower(q) + "|industry=" + lower(industry) + "|region=" + lower(region) + "|size="
                + (size == null ? "" : size);
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
