package social.woolly.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What Woolly's SQLite files (timeline cache, drafts) share: opening one and checking it is
 * usable, and setting a damaged one aside.
 */
final class SqliteFiles {
    private SqliteFiles() {}

    /** The file opened but is not a database this version can use. */
    static final class UnusableFile extends Exception {
        UnusableFile(String message) {
            super(message);
        }
    }

    /** Checks a freshly opened database and makes its schema when it is new. */
    @FunctionalInterface
    interface Preparation {
        void prepare(Statement statement) throws SQLException, UnusableFile;
    }

    /** Opens {@code file} and runs {@code preparation}; the connection is closed if that fails. */
    static Connection connect(Path file, Preparation preparation) throws SQLException, UnusableFile {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            preparation.prepare(statement);
            return connection;
        } catch (SQLException | UnusableFile | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** The integer the query answers in its first row, or 0 without a row. */
    static int single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** SQLite's own quick check of the file. */
    static void checkIntegrity(Statement statement) throws SQLException, UnusableFile {
        try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
            if (!check.next() || !"ok".equals(check.getString(1))) {
                throw new UnusableFile("integrity check failed");
            }
        }
    }

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
