package dev.hoodadmin.ui.editor;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;

/**
 * What the detail pane says about a row's last failed save: the server's title, message and trace id for a
 * rejected or failed edit, or the outbox's refusal (no trace id then).
 */
public record EditProblem(String headline, String title, String message, String traceId) {

    static EditProblem of(Edit edit) {
        EditError error = edit.lastError();
        String headline = switch (edit.state()) {
            case REJECTED -> "The server rejected these changes";
            case FAILED -> "These changes could not be sent";
            default -> "Problem";
        };
        if (error == null) return new EditProblem(headline, null, null, null);
        String title = error.status() > 0 ? error.status() + " " + nullToEmpty(error.title()) : error.title();
        return new EditProblem(headline, title, error.message(), error.traceId());
    }

    static EditProblem refusal(String message) {
        return new EditProblem("Not queued", null, message, null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
