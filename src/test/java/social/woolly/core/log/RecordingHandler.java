package social.woolly.core.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the records one {@code java.util.logging} logger publishes, for tests that check what
 * was logged. While attached, the records go nowhere else, so that failures a test provokes on
 * purpose do not fill the build's output. {@link #close()} detaches it.
 */
public final class RecordingHandler extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    // Held so that the logger, which j.u.l references weakly, keeps this handler.
    private final Logger logger;

    private final boolean usedParentHandlers;

    private RecordingHandler(Logger logger) {
        this.logger = logger;
        this.usedParentHandlers = logger.getUseParentHandlers();
        setLevel(Level.ALL);
    }

    /** Starts recording what {@code loggerName} and its children log. */
    public static RecordingHandler attachTo(String loggerName) {
        Logger logger = Logger.getLogger(loggerName);
        RecordingHandler handler = new RecordingHandler(logger);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        return handler;
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The records at {@code level} or above. */
    public List<LogRecord> atLeast(Level level) {
        return records.stream()
                .filter(r -> r.getLevel().intValue() >= level.intValue())
                .toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}
