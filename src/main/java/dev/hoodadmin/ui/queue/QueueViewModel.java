package dev.hoodadmin.ui.queue;

import dev.hoodadmin.ratelimit.BudgetView;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.outbox.EditState;
import dev.hoodadmin.outbox.QueueWait;
import dev.hoodadmin.ui.edits.ApproxDuration;
import dev.hoodadmin.ui.edits.EditCommands;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.text.Texts;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The queue panel's state and commands: the edits, the batch progress with an ETA from the rate budget
 * ("12 of 148 sent — about 1 min left"), which counts what the worker waits for (a backoff after a server error,
 * a Retry-After, a sign-in), and Retry, Discard, Edit again and Clear applied. JavaFX thread only.
 */
public final class QueueViewModel {
    private final EditsState edits;
    private final EditCommands commands;
    private final BudgetView budget;
    private final Clock clock;
    private final Consumer<String> notify;
    private final Consumer<Edit> editAgain;
    private final BatchProgress batch = new BatchProgress();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "Edits");

    /**
     * @param notify    shows a message to the person (e.g. why a retry was refused)
     * @param editAgain selects the edit's row and puts the keyboard in the detail pane
     * @param clock     the worker's clock, which its waits are measured on
     */
    public QueueViewModel(EditsState edits, EditCommands commands, BudgetView budget, Clock clock,
                          Consumer<String> notify, Consumer<Edit> editAgain) {
        this.edits = edits;
        this.commands = commands;
        this.budget = budget;
        this.clock = clock;
        this.notify = notify;
        this.editAgain = editAgain;
        edits.revisionProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** Refreshes the ETA from the budget; called a few times a second (cheap, no I/O). */
    public void tick() {
        progressText.set(describe());
    }

    public CompletableFuture<Void> retry(Edit edit) {
        return commands.retry(edit.id(), new EditCommands.Outcome<>(done -> { }, notify));
    }

    public CompletableFuture<Void> retryAllFailed() {
        return commands.retryAllFailed(new EditCommands.Outcome<>(done -> { }, notify));
    }

    /** Whether any edit is FAILED (what "Retry all failed" acts on). */
    public static boolean anyFailed(List<Edit> edits) {
        return edits.stream().anyMatch(edit -> edit.state() == EditState.FAILED);
    }

    public CompletableFuture<Void> discard(Edit edit) {
        return commands.discard(edit.id(), new EditCommands.Outcome<>(done -> { }, notify));
    }

    public CompletableFuture<Void> clearApplied() {
        return commands.clearApplied(new EditCommands.Outcome<>(count -> { }, notify));
    }

    public void editAgain(Edit edit) {
        editAgain.accept(edit);
    }

    public static boolean canRetry(Edit edit) {
        return edit != null && (edit.state().needsAttention() || edit.state() == EditState.PENDING && edit.lastError() != null);
    }

    public static boolean canDiscard(Edit edit) {
        return edit != null && edit.state() != EditState.SENDING;
    }

    public static boolean canEditAgain(Edit edit) {
        return edit != null && edit.state() != EditState.APPLIED;
    }

    public ObservableList<Edit> edits() {
        return edits.edits();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** e.g. "12 of 148 sent — about 1 min left". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The panel's title with the counts, e.g. "Edits — 3 waiting, 1 needs attention". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void update() {
        batch.update(edits.edits());
        // only applied edits fill the bar: it never looks done while an edit is unsent or stopped short
        progress.set(batch.total() == 0 ? 0 : (double) batch.sent() / batch.total());
        progressText.set(describe());
        long attention = edits.edits().stream().filter(e -> e.state().needsAttention()).count();
        String number = Texts.number(batch.remaining());
        if (batch.remaining() == 0 && attention == 0) title.set(Texts.get("queue.title"));
        else if (attention == 0) title.set(Texts.get("queue.title.waiting", number));
        else title.set(Texts.plural("queue.title.attention", attention, number, Texts.number(attention)));
    }

    private String describe() {
        if (batch.total() == 0) return Texts.get("queue.progress.nothing");
        String sent = Texts.number(batch.sent()), total = Texts.number(batch.total());
        String text = batch.notSent() == 0 ? Texts.get("queue.progress.sent", sent, total)
                : Texts.get("queue.progress.sentAndNotSent", sent, total, Texts.number(batch.notSent()));
        if (batch.remaining() == 0) return text;
        QueueWait wait = QueueWait.of(edits.edits(), edits.pausedForCredentialsProperty().get(), clock.instant());
        if (wait.reason() == QueueWait.Reason.SIGN_IN) return Texts.get("queue.progress.paused", text);
        Duration scheduled = budget.estimateDuration(batch.remaining());
        Duration waitLeft = wait.left(clock.instant());
        Duration eta = scheduled == null ? (wait.isWaiting() ? waitLeft : null) : scheduled.plus(waitLeft);
        String left = eta == null ? null : ApproxDuration.of(eta);
        return switch (wait.reason()) {
            case SERVER_FAULT -> Texts.get("queue.progress.waitingAfterServerError", text, Texts.duration(waitLeft), left);
            case SERVER_ASKED -> Texts.get("queue.progress.waitingServerAsked", text, Texts.duration(waitLeft), left);
            default -> left == null ? text : Texts.get("queue.progress.left", text, left);
        };
    }
}
