package social.woolly.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {

    private static final System.Logger LOG = System.getLogger(LoggingTest.class.getName());

    @TempDir
    Path temp;

    @AfterEach
    void restoreDefaultLogging() throws IOException {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void install_thenSystemLogger_writesRedactedLinesToTheFile() throws IOException {
        Path file = Logging.install(temp);

        LOG.log(System.Logger.Level.INFO, "exchanging code=abc123 for a token");
        LOG.log(System.Logger.Level.WARNING, "failed", new IOException("Authorization: Bearer xyz789"));

        assertThat(file).isEqualTo(temp.resolve("woolly.log"));
        assertThat(Files.readString(file))
                .contains("INFO", "LoggingTest: exchanging code=[redacted] for a token")
                .contains("WARNING", "java.io.IOException: Authorization: [redacted]")
                .doesNotContain("abc123", "xyz789");
    }

    @Test
    void install_eachRun_startsANewFileAndKeepsThePreviousOne() throws IOException {
        Logging.install(temp);
        LOG.log(System.Logger.Level.INFO, "first run");

        Path file = Logging.install(temp);
        LOG.log(System.Logger.Level.INFO, "second run");

        assertThat(Files.readString(file)).contains("second run").doesNotContain("first run");
        assertThat(Files.readString(temp.resolve("woolly.1.log"))).contains("first run");
    }
}
