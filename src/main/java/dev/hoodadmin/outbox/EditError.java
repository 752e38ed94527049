package dev.hoodadmin.outbox;

import dev.hoodadmin.api.ApiError;
import dev.hoodadmin.api.ApiErrorKind;

/**
 * Why the last attempt of an edit did not succeed, in the server's words: what the person sees on the
 * edit, with the trace id support asks for. Built from an {@link ApiError}, which never holds the token.
 * {@code status} is 0 when no response arrived.
 */
public record EditError(ApiErrorKind kind, int status, String title, String message, String traceId) {

    public static EditError from(ApiError error) {
        return new EditError(error.kind(), error.status(), error.title(), error.message(), error.traceId());
    }

    /** A failure inside the app itself (a bug), so the edit is kept rather than lost. */
    static EditError internal(RuntimeException failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new EditError(ApiErrorKind.UNEXPECTED, 0, "The edit could not be sent", detail, null);
    }

    /** One line for the CLI report and logs, e.g. {@code 400 Bad request: Example too long (trace_id 99a8…)}. */
    public String summary() {
        return new ApiError(kind, status, title, message, traceId, null).summary();
    }
}
