package io.salesplan.platform.logging;

import io.quarkus.logging.LoggingFilter;
import io.salesplan.platform.problem.Redaction;
import java.util.Objects;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Takes tokens, secrets and personal data ({@link Redaction#personalData}) out of every log record the
 * console prints, in its message and in the messages of its exception and their causes, whoever logged
 * it: our code, Hibernate, the JDBC driver, SmallRye JWT. A message PostgreSQL wrote about a failing row
 * holds whatever the row held, notes and e-mails included. Installed on the console handler
 * ({@code quarkus.log.console.filter=salesplan-redact}); it never drops a record.
 */
@LoggingFilter(name = "salesplan-redact")
public final class RedactingLogFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            String message = ext.getFormattedMessage();
            String redacted = Redaction.personalData(message);
            if (!Objects.equals(message, redacted)) {
                ext.setMessage(redacted, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        }
        Throwable thrown = record.getThrown();
        if (thrown != null && RedactedException.needed(thrown)) {
            record.setThrown(RedactedException.of(thrown));
        }
        return true;
    }
}
