package social.woolly.core.log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The log files in a folder: {@code woolly.log} for this run and {@code woolly.1.log} …
 * {@code woolly.5.log} for the {@value #KEPT_RUNS} runs before it, newest first.
 */
public final class LogFiles {

    /** How many earlier runs' logs are kept besides the current one. */
    public static final int KEPT_RUNS = 5;

    private LogFiles() {}

    /** The file this run logs to in {@code folder}. */
    public static Path current(Path folder) {
        return folder.resolve("woolly.log");
    }

    /** The log of the run {@code runsAgo} runs before this one (1 is the previous run). */
    public static Path previous(Path folder, int runsAgo) {
        return folder.resolve("woolly." + runsAgo + ".log");
    }

    /**
     * Makes room for a new run: creates {@code folder} if needed, shifts each earlier log one place
     * older, drops the oldest, and returns the (now absent) file for this run. Blocks on file I/O.
     *
     * @throws IOException if the folder cannot be created or a file cannot be moved (on Windows,
     *     when another running Woolly holds it open)
     */
    public static Path rotate(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(previous(folder, KEPT_RUNS));
        for (int runsAgo = KEPT_RUNS - 1; runsAgo >= 1; runsAgo--) {
            moveIfPresent(previous(folder, runsAgo), previous(folder, runsAgo + 1));
        }
        Path current = current(folder);
        moveIfPresent(current, previous(folder, 1));
        return current;
    }

    private static void moveIfPresent(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
