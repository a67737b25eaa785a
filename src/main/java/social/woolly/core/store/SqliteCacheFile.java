package social.woolly.core.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import social.woolly.core.store.SqliteFiles.UnusableFile;

/**
 * Opens the {@link TimelineCache}'s SQLite file in WAL mode with the current schema. A file that is
 * not a sound database, or has another schema version, is moved aside with its WAL and shared
 * memory files ({@code NAME.broken-<millis>}, {@code NAME.broken-<millis>-wal}, so SQLite can still
 * open the pair) and a fresh one is made.
 */
final class SqliteCacheFile {
    /** Bump on any change to the tables; older files are then set aside, not migrated (it is a cache). */
    static final int SCHEMA_VERSION = 1;

    private static final System.Logger LOG = System.getLogger(SqliteCacheFile.class.getName());

    private static final String CREATE = "CREATE TABLE timeline_page ("
            + " account TEXT NOT NULL, timeline TEXT NOT NULL, saved_at INTEGER NOT NULL,"
            + " older_max_id TEXT, older_min_id TEXT, older_since_id TEXT,"
            + " newer_max_id TEXT, newer_min_id TEXT, newer_since_id TEXT,"
            + " statuses TEXT NOT NULL, PRIMARY KEY (account, timeline))";

    private SqliteCacheFile() {}

    /** A connection to a usable cache database in {@code file}, or empty if none can be made. */
    static Optional<Connection> open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Optional.of(connect(file));
        } catch (SQLException | UnusableFile first) {
            LOG.log(Level.WARNING, "timeline cache unusable (" + first.getMessage() + "), starting a new one");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "timeline cache folder unusable, caching nothing", e);
            return Optional.empty();
        }
        try {
            SqliteFiles.moveAside(file, clock.millis());
            return Optional.of(connect(file));
        } catch (SQLException | UnusableFile | IOException e) {
            LOG.log(Level.WARNING, "timeline cache could not be rebuilt, caching nothing", e);
            return Optional.empty();
        }
    }

    private static Connection connect(Path file) throws SQLException, UnusableFile {
        return SqliteFiles.connect(file, SqliteCacheFile::prepare);
    }

    private static void prepare(Statement statement) throws SQLException, UnusableFile {
        int version = SqliteFiles.single(statement, "PRAGMA user_version");
        if (version == 0 && SqliteFiles.single(statement, "SELECT count(*) FROM sqlite_master") == 0) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute(CREATE);
            statement.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            return;
        }
        if (version != SCHEMA_VERSION) {
            throw new UnusableFile("schema version " + version + ", expected " + SCHEMA_VERSION);
        }
        SqliteFiles.checkIntegrity(statement);
        statement.execute("PRAGMA journal_mode=WAL");
    }
}
