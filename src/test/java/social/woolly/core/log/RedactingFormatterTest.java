package social.woolly.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class RedactingFormatterTest {

    private final RedactingFormatter formatter = new RedactingFormatter(ZoneOffset.UTC);

    @Test
    void format_plainRecord_isOneLineWithTimeLevelThreadLoggerAndMessage() {
        LogRecord record = record(Level.INFO, "Woolly starting");

        assertThat(formatter.format(record))
                .isEqualTo("2025-03-01 12:30:05.250 INFO    ["
                        + Thread.currentThread().getName() + "] social.woolly.Test: Woolly starting"
                        + System.lineSeparator());
    }

    @Test
    void format_secretInParameters_isRedacted() {
        LogRecord record = record(Level.INFO, "request {0}");
        record.setParameters(new Object[] {"GET /api/v1/streaming?access_token=abc123"});

        assertThat(formatter.format(record))
                .contains("request GET /api/v1/streaming?access_token=[redacted]")
                .doesNotContain("abc123");
    }

    @Test
    void format_secretInThrowable_isRedactedInMessageAndStackTrace() {
        LogRecord record = record(Level.WARNING, "token exchange failed");
        record.setThrown(new IOException("Bearer abc123", new IllegalStateException("code=xyz789")));

        String text = formatter.format(record);

        assertThat(text)
                .contains("WARNING", "token exchange failed", "java.io.IOException: Bearer [redacted]")
                .contains("Caused by: java.lang.IllegalStateException: code=[redacted]")
                .doesNotContain("abc123", "xyz789");
    }

    private static LogRecord record(Level level, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setInstant(Instant.parse("2025-03-01T12:30:05.250Z"));
        record.setLoggerName("social.woolly.Test");
        return record;
    }
}
