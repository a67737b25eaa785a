package social.woolly.core.log;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * Formats a log record as one line (time, level, thread, logger, message) followed by the stack
 * trace if there is one, and passes all of it through {@link Redactor}, so that no token reaches a
 * log file or the console even when an exception message or a request dump carries one.
 */
public final class RedactingFormatter extends Formatter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final ZoneId zone;

    /** A formatter that prints times in the system's time zone. */
    public RedactingFormatter() {
        this(ZoneId.systemDefault());
    }

    /** A formatter that prints times in {@code zone}. */
    public RedactingFormatter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160)
                .append(TIME.format(record.getInstant().atZone(zone)))
                .append(' ')
                .append(String.format("%-7s", record.getLevel().getName()))
                // Handlers publish on the thread that logged, so this names it.
                .append(" [")
                .append(Thread.currentThread().getName())
                .append("] ")
                .append(record.getLoggerName())
                .append(": ")
                .append(formatMessage(record))
                .append(System.lineSeparator());
        String text = Redactor.redact(line.toString());
        Throwable thrown = record.getThrown();
        return thrown == null ? text : text + Redactor.stackTrace(thrown);
    }
}
