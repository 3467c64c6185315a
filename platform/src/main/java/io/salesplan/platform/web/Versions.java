package io.salesplan.platform.web;

import io.salesplan.platform.problem.ApiException;

/** {@code ETag} and {@code If-Match} for resources with a numeric version. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the current version. Without the header the
     * write goes ahead (the entity's own version still stops lost updates between two requests
     * racing each other); with a stale one it is a 412.
     */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            value = value.replace("\"", "");
            if (value.equals(Long.toString(current))) {
                return;
            }
        }
        throw ApiException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current version "
                + etag(current) + "; fetch the resource again and reapply your change");
    }
}
