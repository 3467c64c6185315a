package io.salesplan.platform.problem;

import java.util.regex.Pattern;

/** Keeps secrets out of log lines. */
public final class Redaction {

    /** Three base64url parts separated by dots, or any long base64url run: a JWT or a piece of one. */
    private static final Pattern TOKEN_LIKE = Pattern.compile(
            "[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?|[A-Za-z0-9_+/=-]{40,}");

    private Redaction() {
    }

    /** The text with every token-like run replaced by {@code [redacted]}. */
    public static String tokens(String text) {
        return text == null ? "" : TOKEN_LIKE.matcher(text).replaceAll("[redacted]");
    }
}
