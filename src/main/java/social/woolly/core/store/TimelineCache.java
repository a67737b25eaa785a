package social.woolly.core.store;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Page;
import social.woolly.core.api.PageCursor;
import social.woolly.core.api.StatusCodec;
import social.woolly.core.model.Status;

/**
 * The newest page of each timeline, per account, kept in a SQLite database in the cache folder so
 * Woolly can paint timelines at once on start, before the server answers.
 *
 * <p>A cache only speeds things up, so it never fails the caller: {@link #open} moves a damaged
 * file or one of another schema version aside ({@code NAME.broken-<millis>}) and starts empty; a
 * read that fails is a miss and a write that fails is dropped (both logged). Blocking JDBC: call
 * it off the FX thread. Thread-safe; close it on exit.
 */
public final class TimelineCache implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TimelineCache.class.getName());

    /**
     * A cached page.
     *
     * @param page the statuses, newest first, with the cursors to continue from them
     * @param savedAt when it was saved
     */
    public record Snapshot(Page<Status> page, Instant savedAt) {}

    private final Clock clock;
    private final @Nullable Connection connection;

    private TimelineCache(Clock clock, @Nullable Connection connection) {
        this.clock = clock;
        this.connection = connection;
    }

    /**
     * Opens (or creates) the cache in {@code file}. Never throws: if even a fresh database cannot be
     * made there, the cache works but keeps nothing.
     */
    public static TimelineCache open(Path file, Clock clock) {
        return new TimelineCache(clock, SqliteCacheFile.open(file, clock).orElse(null));
    }

    /** Whether the cache keeps anything (false if its file could not be opened). */
    public boolean isWorking() {
        return connection != null;
    }

    /** The cached page of a timeline, if there is one. */
    public synchronized Optional<Snapshot> load(String account, String timelineKey) {
        if (connection == null) {
            return Optional.empty();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT saved_at, older_max_id, older_min_id, older_since_id, newer_max_id, newer_min_id,"
                        + " newer_since_id, statuses FROM timeline_page WHERE account = ? AND timeline = ?")) {
            select.setString(1, account);
            select.setString(2, timelineKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(snapshot(row)) : Optional.empty();
            }
        } catch (SQLException | ApiException.BadResponse e) {
            LOG.log(Level.WARNING, "timeline cache: could not read " + timelineKey + ", treating it as a miss", e);
            return Optional.empty();
        }
    }

    private static Snapshot snapshot(ResultSet row) throws SQLException, ApiException.BadResponse {
        List<Status> statuses = StatusCodec.decode(row.getString(8));
        Page<Status> page = new Page<>(statuses, cursor(row, 2), cursor(row, 5));
        return new Snapshot(page, Instant.ofEpochMilli(row.getLong(1)));
    }

    private static @Nullable PageCursor cursor(ResultSet row, int first) throws SQLException {
        PageCursor cursor = new PageCursor(row.getString(first), row.getString(first + 1), row.getString(first + 2));
        return cursor.isNewest() ? null : cursor;
    }

    /** Replaces a timeline's cached page; an empty page removes it. */
    public synchronized void save(String account, String timelineKey, Page<Status> page) {
        if (connection == null) {
            return;
        }
        if (page.items().isEmpty()) {
            remove("DELETE FROM timeline_page WHERE account = ? AND timeline = ?", account, timelineKey);
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT OR REPLACE INTO timeline_page VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            upsert.setString(1, account);
            upsert.setString(2, timelineKey);
            upsert.setLong(3, clock.millis());
            bind(upsert, 4, page.older());
            bind(upsert, 7, page.newer());
            upsert.setString(10, StatusCodec.encode(page.items()));
            upsert.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "timeline cache: could not save " + timelineKey, e);
        }
    }

    private static void bind(PreparedStatement statement, int first, @Nullable PageCursor cursor) throws SQLException {
        statement.setString(first, cursor == null ? null : cursor.maxId());
        statement.setString(first + 1, cursor == null ? null : cursor.minId());
        statement.setString(first + 2, cursor == null ? null : cursor.sinceId());
    }

    /** Forgets every timeline of an account (on sign-out). */
    public synchronized void forget(String account) {
        remove("DELETE FROM timeline_page WHERE account = ?", account);
    }

    private void remove(String sql, String... args) {
        if (connection == null) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                delete.setString(i + 1, args[i]);
            }
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "timeline cache: could not remove cached timelines", e);
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "timeline cache: could not close", e);
        }
    }
}
