package io.salesplan.platform.logging;

import io.salesplan.platform.problem.Redaction;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A logged exception with the personal data taken out of its messages: the original's class name and
 * redacted message, its stack trace, and its causes likewise. An exception's own message cannot be
 * changed, so the log gets this copy, printed exactly as the original would be apart from what was
 * redacted.
 */
final class RedactedException extends RuntimeException {

    private final String original;

    private RedactedException(String original, String message, StackTraceElement[] trace) {
        super(message);
        this.original = original;
        setStackTrace(trace);
    }

    /** Whether any message of the exception or its causes holds something to redact. */
    static boolean needed(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, true) == null; t = t.getCause()) {
            String message = t.getMessage();
            if (!Objects.equals(message, Redaction.personalData(message))) {
                return true;
            }
        }
        return false;
    }

    static RedactedException of(Throwable thrown) {
        return copy(thrown, new IdentityHashMap<>());
    }

    private static RedactedException copy(Throwable thrown, Map<Throwable, Boolean> seen) {
        seen.put(thrown, true);
        RedactedException copy = new RedactedException(thrown.getClass().getName(),
                Redaction.personalData(thrown.getMessage()), thrown.getStackTrace());
        Throwable cause = thrown.getCause();
        if (cause != null && !seen.containsKey(cause)) {
            copy.initCause(copy(cause, seen));
        }
        return copy;
    }

    /** Reads as the original would in a stack trace: its class name, then the message. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? original : original + ": " + message;
    }
}
