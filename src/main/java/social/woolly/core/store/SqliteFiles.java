package social.woolly.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What Woolly's SQLite files (timeline cache, drafts) share: how a damaged one is set aside. */
final class SqliteFiles {
    private SqliteFiles() {}

    /**
     * Moves {@code file} and its {@code -wal}/{@code -shm} companions to {@code NAME.broken-<millis>},
     * kept for recovery, so that a fresh database can be made in its place.
     */
    static void moveAside(Path file, long millis) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".broken-" + millis);
        for (String suffix : new String[] {"-wal", "-shm", ""}) {
            Path part = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(part)) {
                Files.move(
                        part, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
