package dev.hoodadmin.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the database connection; the {@link Database} owns the connection and its transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
