package io.salesplan.platform.problem;

import java.util.regex.Pattern;

/** Keeps secrets out of log lines. */
public final class Redaction {

    /** Three base64url parts separated by dots, or any long base64url run: a JWT or a piece of one. */
    private static final Pattern TOKEN_LIKE = Pattern.compile(
            "[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?|[A-Za-z0-9_+/=-]{40,}");

    private Redaction() {
    }

    /**
     * Why a token was refused, without the token or its claims: the verifier's own details (which
     * check failed: signature, issuer, audience, expiry) or else just the kind of failure.
     */
    public static String tokenFailure(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int details = message.indexOf("Additional details:");
        String reason = details < 0 ? "" : ": " + message.substring(details + "Additional details:".length()).trim();
        return tokens(root.getClass().getSimpleName() + reason);
    }

    /** The text with every token-like run replaced by {@code [redacted]}. */
    public static String tokens(String text) {
        return text == null ? "" : TOKEN_LIKE.matcher(text).replaceAll("[redacted]");
    }
}
