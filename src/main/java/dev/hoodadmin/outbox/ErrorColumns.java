package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiErrorKind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The last server error of a queued edit or creation, as the five {@code error_*} columns both tables share
 * (kind, status, title, message, trace id): all null when there is none.
 */
final class ErrorColumns {
    private ErrorColumns() {
    }

    /** Binds the five columns from parameter {@code first} on; returns the next parameter's index. */
    static int bind(PreparedStatement statement, int first, EditError error) throws SQLException {
        int i = first;
        statement.setString(i++, error == null ? null : error.kind().name());
        if (error == null) statement.setNull(i++, Types.INTEGER); else statement.setInt(i++, error.status());
        statement.setString(i++, error == null ? null : error.title());
        statement.setString(i++, error == null ? null : error.message());
        statement.setString(i++, error == null ? null : error.traceId());
        return i;
    }

    static EditError read(ResultSet row) throws SQLException {
        String kind = row.getString("error_kind");
        return kind == null ? null : new EditError(ApiErrorKind.valueOf(kind), row.getInt("error_status"),
                row.getString("error_title"), row.getString("error_message"), row.getString("error_trace_id"));
    }
}
