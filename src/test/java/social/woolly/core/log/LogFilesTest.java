package social.woolly.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path temp;

    @Test
    void rotate_folderMissing_createsItAndReturnsWoollyLog() throws IOException {
        Path folder = temp.resolve("state/logs");

        Path current = LogFiles.rotate(folder);

        assertThat(current).isEqualTo(folder.resolve("woolly.log"));
        assertThat(folder).isDirectory();
        assertThat(current).doesNotExist();
    }

    @Test
    void rotate_afterOneRun_movesItsLogToWoolly1() throws IOException {
        Files.writeString(LogFiles.rotate(temp), "run 1");

        Path current = LogFiles.rotate(temp);

        assertThat(current).doesNotExist();
        assertThat(temp.resolve("woolly.1.log")).hasContent("run 1");
    }

    @Test
    void rotate_manyRuns_keepsTheFiveBeforeThisOne() throws IOException {
        for (int run = 1; run <= 8; run++) {
            Files.writeString(LogFiles.rotate(temp), "run " + run);
        }

        assertThat(temp.resolve("woolly.log")).hasContent("run 8");
        for (int runsAgo = 1; runsAgo <= 5; runsAgo++) {
            assertThat(LogFiles.previous(temp, runsAgo)).hasContent("run " + (8 - runsAgo));
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "woolly.log",
                            "woolly.1.log",
                            "woolly.2.log",
                            "woolly.3.log",
                            "woolly.4.log",
                            "woolly.5.log");
        }
    }

    @Test
    void rotate_gapInHistory_shiftsWhatIsThere() throws IOException {
        Files.writeString(temp.resolve("woolly.log"), "newest");
        Files.writeString(temp.resolve("woolly.3.log"), "older");

        LogFiles.rotate(temp);

        assertThat(temp.resolve("woolly.1.log")).hasContent("newest");
        assertThat(temp.resolve("woolly.4.log")).hasContent("older");
        assertThat(temp.resolve("woolly.3.log")).doesNotExist();
    }
}
