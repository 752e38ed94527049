package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
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
            return new EditProblem(Texts.get("problem.conflict.headline"), null,
                    Texts.get("problem.conflict.message", RowEditState.conflictText(edit)), null, edit);
        }
        EditError error = edit.lastError();
        String headline = switch (edit.state()) {
            case REJECTED -> Texts.get("problem.rejected");
            case FAILED -> Texts.get("problem.failed");
            default -> Texts.get("problem.other");
        };
        if (error == null) return new EditProblem(headline, null, null, null, null);
        String title = error.status() > 0 ? error.status() + " " + nullToEmpty(error.title()) : error.title();
        return new EditProblem(headline, title, error.message(), error.traceId(), null);
    }

    static EditProblem refusal(String message) {
        return new EditProblem(Texts.get("problem.notQueued"), null, message, null, null);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
