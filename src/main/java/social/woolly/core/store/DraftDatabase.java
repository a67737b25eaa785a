package social.woolly.core.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import social.woolly.core.store.SqliteFiles.UnusableFile;

/**
 * Opens the {@link DraftStore}'s SQLite file: WAL journal, full sync on commit, the current
 * schema. A file that is not a sound database or has another schema version is moved aside with
 * its WAL and shared-memory files ({@code NAME.broken-<millis>}, {@code NAME.broken-<millis>-wal},
 * so SQLite can still open the pair and the drafts in it can be recovered by hand), and a fresh
 * database is made.
 */
final class DraftDatabase {
    /** Bump on any change to the tables (and add a migration, or older files are set aside). */
    static final int SCHEMA_VERSION = 1;

    private static final System.Logger LOG = System.getLogger(DraftDatabase.class.getName());

    // The columns the store selects and sorts by; everything else about a draft is in body (JSON),
    // so that adding a field to Draft needs no new schema.
    private static final String[] CREATE = {
        "CREATE TABLE draft (id TEXT PRIMARY KEY, account TEXT NOT NULL, updated_at INTEGER NOT NULL,"
                + " body TEXT NOT NULL)",
        "CREATE INDEX draft_by_account ON draft (account, updated_at DESC)",
        "PRAGMA user_version = " + SCHEMA_VERSION
    };

    private DraftDatabase() {}

    /**
     * A connection to a usable drafts database in {@code file}, made afresh if the file was unusable.
     *
     * @throws IOException if not even a fresh database can be made there (an unwritable folder)
     */
    static Connection open(Path file, Clock clock) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            return connect(file);
        } catch (SQLException | UnusableFile first) {
            LOG.log(Level.WARNING, "drafts database unusable (" + first.getMessage() + "), moving it aside");
        }
        SqliteFiles.moveAside(file, clock.millis());
        try {
            return connect(file);
        } catch (SQLException | UnusableFile e) {
            throw new IOException("cannot create a drafts database in " + file, e);
        }
    }

    private static Connection connect(Path file) throws SQLException, UnusableFile {
        return SqliteFiles.connect(file, DraftDatabase::prepare);
    }

    private static void prepare(Statement statement) throws SQLException, UnusableFile {
        statement.execute("PRAGMA busy_timeout = 5000");
        int version = SqliteFiles.single(statement, "PRAGMA user_version");
        boolean empty = SqliteFiles.single(statement, "SELECT count(*) FROM sqlite_master") == 0;
        if (version != 0 || !empty) {
            if (version != SCHEMA_VERSION) {
                throw new UnusableFile("schema version " + version + ", expected " + SCHEMA_VERSION);
            }
            SqliteFiles.checkIntegrity(statement);
        }
        // WAL: a commit is one append, and a transaction cut off by a crash is simply not there
        // on the next open. FULL: the append is on disk before the commit returns (power loss too).
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = FULL");
        if (empty && version == 0) {
            // In one transaction, so that a crash here leaves an empty file, never half a schema.
            statement.execute("BEGIN IMMEDIATE");
            for (String sql : CREATE) {
                statement.execute(sql);
            }
            statement.execute("COMMIT");
        }
    }
}
