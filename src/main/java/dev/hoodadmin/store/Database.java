package dev.hoodadmin.store;

import dev.hoodadmin.files.OwnerOnly;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One SQLite data file, opened for durable writes: WAL journal, {@code synchronous=FULL} (a committed
 * transaction survives a power cut), a busy timeout for a second process on the same file, and a file only
 * its owner can read. One connection, used by one thread at a time; {@link #write} is a transaction that
 * takes the write lock up front ({@code BEGIN IMMEDIATE}), so a read-then-write never fails half-way.
 */
public final class Database implements AutoCloseable {
    static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating it on a first start) the file and brings its schema up to date. A file that existed but
     * is now missing, empty or has a damaged journal is an error, never silently replaced ({@link DataFileGuard}).
     */
    public static Database open(Path file, Schema schema) {
        DataFileGuard guard = new DataFileGuard(file);
        guard.checkBeforeOpen();
        try {
            OwnerOnly.ensureFile(file);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the data file " + file + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings().toProperties());
        } catch (SQLException e) {
            throw isDamage(e) ? damaged(file, e) : new DatabaseException("Cannot open the data file " + file + ": "
                    + e.getMessage(), e);
        }
        Database database = new Database(file, connection);
        try {
            database.migrate(schema);
            guard.markCreated();
        } catch (DatabaseException e) {
            database.close();
            throw e.getCause() != null && isDamage(e.getCause()) ? damaged(file, e.getCause()) : e;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static DatabaseException damaged(Path file, Throwable cause) {
        return new DatabaseException("The data file " + file.toAbsolutePath() + " is damaged or not a Hood Admin data file ("
                + cause.getMessage() + "). Nothing was deleted.", cause);
    }

    private static boolean isDamage(Throwable e) {
        return e instanceof SQLiteException sqlite
                && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT);
    }

    private static SQLiteConfig settings() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        return config;
    }

    public Path file() {
        return file;
    }

    /** Runs work in a read transaction (one consistent snapshot). */
    public <T> T read(SqlWork<T> work) {
        return inTransaction("BEGIN DEFERRED", work);
    }

    /** Runs work in a write transaction: all of it is committed durably, or none of it on any exception. */
    public <T> T write(SqlWork<T> work) {
        return inTransaction("BEGIN IMMEDIATE", work);
    }

    /** The number of migrations the file has run. */
    public int schemaVersion() {
        return read(Database::userVersion);
    }

    private <T> T inTransaction(String begin, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) throw new DatabaseException("The data file " + file + " is closed");
            if (lock.getHoldCount() > 1) {
                return work.run(connection); // nested call joins the transaction already open on this thread
            }
            execute(begin);
            try {
                T result = work.run(connection);
                execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Reading or writing the data file " + file + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void migrate(Schema schema) {
        write(connection -> {
            int version = userVersion(connection);
            if (version > schema.latestVersion()) {
                throw new DatabaseException("The data file " + file + " was written by a newer Hood Admin (schema "
                        + version + "; this version knows up to " + schema.latestVersion() + "). Update Hood Admin.");
            }
            try (Statement statement = connection.createStatement()) {
                for (Migration migration : schema.after(version)) {
                    for (String sql : migration.statements()) statement.execute(sql);
                    statement.execute("PRAGMA user_version = " + migration.version());
                }
            }
            return null;
        });
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("Closing the data file " + file + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
