package io.salesplan.platform.logging;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * The lines the console prints, exactly: every record the root logger gets, passed through the console
 * handler's own filter and formatter.
 */
final class ConsoleLines extends Handler implements AutoCloseable {

    private final Handler console;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ConsoleLines(Handler console) {
        this.console = console;
    }

    static ConsoleLines capture() {
        Logger root = Logger.getLogger("");
        ConsoleLines capture = new ConsoleLines(find(root.getHandlers())
                .orElseThrow(() -> new AssertionError("no console handler under the root logger")));
        root.addHandler(capture);
        return capture;
    }

    private static Optional<Handler> find(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                return Optional.of(handler);
            }
            if (handler instanceof ExtHandler nested) {
                Optional<Handler> found = find(nested.getHandlers());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (console.isLoggable(record)) {
            lines.add(console.getFormatter().format(record));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
