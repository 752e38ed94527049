package dev.hoodadmin.ui.editor;

import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditError;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.ui.edits.RowEditState;

/**
 * What the detail pane says about a row's last failed save: the server's title, message and trace id for a
 * rejected or failed edit, the outbox's refusal (no trace id then), or a conflict ({@code conflict}: the edit
 * whose fields were changed on the server since they were loaded, for Keep mine / Take theirs).
 */
public record EditProblem(String headline, String title, String message, String traceId, Edit conflict) {

    static EditProblem of(Edit edit) {
        if (edit.state() == EditState.CONFLICT) {
            return new EditProblem("Changed on the server since you loaded it", null, RowEditState.conflictText(edit)
                    + ". Keep mine sends your value anyway; Take theirs drops it.", null, edit);
        }
        EditError error = edit.lastError();
        String headline = switch (edit.state()) {
            case REJECTED -> "The server rejected these changes";
            case FAILED -> "These changes could not be sent";
            default -> "Problem";
        };
        if (error == null) return new EditProblem(headline, null, null, null, null);
        String title = error.status() > 0 ? error.status() + " " + nullToEmpty(error.title()) : error.title();
        return new EditProblem(headline, title, error.message(), error.traceId(), null);
    }

    static EditProblem refusal(String message) {
        return new EditProblem("Not queued", null, message, null, null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
