package social.woolly.core.store;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import social.woolly.core.compose.Draft;

/**
 * The drafts of every account, kept in a SQLite database in the data folder ({@code
 * drafts.sqlite}), so that no word is lost to a crash, a kill or a failed post (ADR 0003).
 *
 * <p>Each {@link #save} is one transaction: after a crash the store holds every draft as of its
 * last completed save, never half of one, and a transaction cut off mid-write is rolled back on
 * the next open (WAL journal). A draft is removed only by {@link #delete}, which the composer calls
 * once the server has confirmed the post. A file that is not a drafts database (damaged, or from
 * another schema version) is moved aside on {@link #open} and a new one started; the old file is
 * kept for recovery.
 *
 * <p>Blocking JDBC: call it off the FX thread. Thread-safe (one connection, calls serialized);
 * close it on exit.
 */
public final class DraftStore implements AutoCloseable {
    /** The file name in the data folder. */
    public static final String FILE_NAME = "drafts.sqlite";

    private static final System.Logger LOG = System.getLogger(DraftStore.class.getName());

    private final Connection connection;
    private final Clock clock;

    private DraftStore(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the store in {@code file}, setting aside a file it cannot use.
     *
     * @param clock stamps {@link Draft#updatedAt()} on save, and names a file set aside
     * @throws IOException if no database can be made there at all (e.g. the folder is read-only)
     */
    public static DraftStore open(Path file, Clock clock) throws IOException {
        return new DraftStore(DraftDatabase.open(file, clock), clock);
    }

    /**
     * Inserts or replaces the draft with this id, stamped with the current time, in one
     * transaction.
     *
     * @return the draft as stored: {@code updatedAt} is now (to the millisecond)
     * @throws IOException if it could not be written; the previous version is then still there
     */
    public synchronized Draft save(Draft draft) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Draft stamped = draft.toBuilder().updatedAt(now).build();
        // One statement in auto-commit mode is one transaction.
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO draft (id, account, updated_at, body)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET account = excluded.account,"
                + " updated_at = excluded.updated_at, body = excluded.body")) {
            upsert.setString(1, stamped.id());
            upsert.setString(2, stamped.accountKey());
            upsert.setLong(3, now.toEpochMilli());
            upsert.setString(4, DraftJson.encode(stamped));
            upsert.executeUpdate();
            return stamped;
        } catch (SQLException e) {
            throw new IOException("could not save draft " + draft.id(), e);
        }
    }

    /** The drafts of one account, most recently saved first. A row that cannot be read is skipped (logged). */
    public synchronized List<Draft> list(String accountKey) throws IOException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, account, updated_at, body FROM draft"
                + " WHERE account = ? ORDER BY updated_at DESC, id")) {
            select.setString(1, accountKey);
            List<Draft> drafts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    read(rows).ifPresent(drafts::add);
                }
            }
            return drafts;
        } catch (SQLException e) {
            throw new IOException("could not list drafts", e);
        }
    }

    /** The draft with this id, if there is one (and it can be read). */
    public synchronized Optional<Draft> get(String id) throws IOException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id, account, updated_at, body FROM draft WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? read(rows) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IOException("could not read draft " + id, e);
        }
    }

    private static Optional<Draft> read(ResultSet row) throws SQLException {
        String id = row.getString(1);
        try {
            return Optional.of(DraftJson.decode(id, row.getString(2), row.getLong(3), row.getString(4)));
        } catch (JsonParseException e) {
            LOG.log(Level.WARNING, "draft " + id + " cannot be read, leaving it in the file", e);
            return Optional.empty();
        }
    }

    /**
     * Removes a draft: call it only once the server has confirmed the post, or the user threw the
     * draft away.
     *
     * @return whether there was such a draft
     */
    public synchronized boolean delete(String id) throws IOException {
        return remove("DELETE FROM draft WHERE id = ?", id) > 0;
    }

    /** Removes every draft of an account, for when the account is removed from Woolly. */
    public synchronized void deleteAll(String accountKey) throws IOException {
        remove("DELETE FROM draft WHERE account = ?", accountKey);
    }

    private int remove(String sql, String value) throws IOException {
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setString(1, value);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("could not delete drafts", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "drafts: could not close", e);
        }
    }
}
