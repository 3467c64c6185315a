package io.salesplan.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Keeps secrets and personal data out of log lines. */
public final class Redaction {

    /** Three base64url parts separated by dots, or any long base64url run: a JWT or a piece of one. */
    private static final Pattern TOKEN_LIKE = Pattern.compile(
            "[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}(\\.[A-Za-z0-9_-]*)?|[A-Za-z0-9_+/=-]{40,}");

    /**
     * What any log line may not show, each with its replacement: a JWT (its header always encodes
     * <code>{"</code>, so it starts with {@code eyJ}) or a bearer credential; secrets and personal fields
     * written as JSON or {@code key=value}; e-mail addresses; and the row values PostgreSQL quotes in
     * constraint errors ({@code Failing row contains (…)}, {@code Key (email)=(…) already exists}), which
     * hold whatever was stored, notes and e-mails included.
     */
    private static final Map<Pattern, String> PERSONAL = orderedMap(
            Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]+"), "Bearer [redacted]",
            Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}(\\.[A-Za-z0-9_-]*)?"), "[redacted token]",
            Pattern.compile("(?i)\"(password|secret|token|access_token|accessToken|authorization|email|notes)\"\\s*:\\s*"
                    + "\"(?:[^\"\\\\]|\\\\.)*\""), "\"$1\":\"[redacted]\"",
            Pattern.compile("(?i)\\b(password|secret|token)=[^\\s,;&]+"), "$1=[redacted]",
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"), "[e-mail]",
            Pattern.compile("Failing row contains \\(.*\\)"), "Failing row contains ([redacted])",
            Pattern.compile("(Key \\([^)]*\\))=\\(.*?\\)( already exists| is not present| conflicts)"), "$1=([redacted])$2");

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

    /**
     * The text without tokens, secrets or personal data (see {@link #PERSONAL}), for any log line; class
     * names, ids, paths and numbers stay as they are.
     */
    public static String personalData(String text) {
        if (text == null) {
            return null;
        }
        String redacted = text;
        for (Map.Entry<Pattern, String> rule : PERSONAL.entrySet()) {
            redacted = rule.getKey().matcher(redacted).replaceAll(rule.getValue());
        }
        return redacted;
    }

    private static Map<Pattern, String> orderedMap(Object... pairs) {
        Map<Pattern, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Pattern) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    /** The text with every token-like run replaced by {@code [redacted]}. */
    public static String tokens(String text) {
        return text == null ? "" : TOKEN_LIKE.matcher(text).replaceAll("[redacted]");
    }
}
