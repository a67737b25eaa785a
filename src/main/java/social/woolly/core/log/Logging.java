package social.woolly.core.log;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Sets up Woolly's logging: {@code java.util.logging}, which also backs every {@link
 * System.Logger} (Woolly's code and JavaFX's own CSS and layout warnings). Records go to the
 * console and to one file per run (see {@link LogFiles}), both through {@link RedactingFormatter}.
 *
 * <p>The level is INFO unless the system property {@value #LEVEL_PROPERTY} names another ({@code
 * FINE}, {@code WARNING} …).
 */
public final class Logging {

    /** The system property that sets the root level. */
    public static final String LEVEL_PROPERTY = "woolly.log.level";

    private Logging() {}

    /**
     * Replaces the root logger's handlers with a redacting console handler and a redacting file
     * handler writing to a fresh {@code woolly.log} in {@code folder}, after rotating the earlier
     * runs' logs. Call it first thing, before anything logs. Blocks on file I/O.
     *
     * @return the file this run logs to
     * @throws IOException if the log file cannot be set up; the console handler is installed by then
     */
    public static Path install(Path folder) throws IOException {
        Logger root = installConsole();
        Path file = LogFiles.rotate(folder);
        OutputStream out = Files.newOutputStream(
                file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        root.addHandler(new FlushingStreamHandler(out));
        return file;
    }

    /** Replaces the root logger's handlers with a redacting console handler only. */
    public static Logger installConsole() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
            handler.close();
        }
        root.setLevel(levelFromProperty());
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.ALL);
        console.setFormatter(new RedactingFormatter());
        root.addHandler(console);
        return root;
    }

    /** Flushes and closes the root logger's handlers, e.g. when the application stops. */
    public static void close() {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler handler : root.getHandlers()) {
            handler.close();
        }
    }

    private static Level levelFromProperty() {
        String name = System.getProperty(LEVEL_PROPERTY, "INFO");
        try {
            return Level.parse(name);
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    // StreamHandler buffers; a crash must not lose the lines that explain it.
    private static final class FlushingStreamHandler extends StreamHandler {
        FlushingStreamHandler(OutputStream out) {
            super(out, new RedactingFormatter());
            setLevel(Level.ALL);
            try {
                setEncoding(StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new AssertionError("UTF-8 is always supported", e);
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }
}
