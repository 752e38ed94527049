package dev.hoodadmin.ui.create;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.engine.NewPropertyCheck;
import dev.hoodadmin.outbox.Creation;
import dev.hoodadmin.outbox.CreationState;
import dev.hoodadmin.outbox.Creations;
import dev.hoodadmin.outbox.Outbox;
import dev.hoodadmin.outbox.OutboxEvent;
import dev.hoodadmin.outbox.OutboxListener;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.menu.AppMenuBar;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * New custom properties in the window: File → New property… (Ctrl+N) opens the form; Create queues the
 * property in the durable outbox (off the JavaFX thread), and the worker creates it exactly once. The new row
 * appears in the table with its server id when the server has it. One the server did not create is shown with
 * its words and a way back: the form as typed, or one more try.
 */
public final class NewPropertyFeature implements AutoCloseable {
    static final String MENU_ID = "newPropertyItem";
    static final String PROBLEM_ID = "newPropertyProblemAlert";

    private final MainWindow window;
    private final Outbox outbox;
    private final Creations creations;
    private final Supplier<NewPropertyCheck> check;
    private final BackgroundTasks tasks;
    private final OutboxListener listener;
    /** Whether each creation heard of waits or is in flight, by id; kept on the JavaFX thread. */
    private final Map<Long, Boolean> activeById = new HashMap<>();

    private NewPropertyFeature(MainWindow window, Outbox outbox, Supplier<NewPropertyCheck> check, BackgroundTasks tasks) {
        this.window = window;
        this.outbox = outbox;
        this.creations = outbox.creations();
        this.check = check;
        this.tasks = tasks;
        MenuItem item = AppMenuBar.item(MENU_ID, Texts.get("menu.file.newProperty"), Shortcuts.NEW_PROPERTY,
                () -> openForm(null, null));
        window.addMenuSection(AppMenuBar.FILE_ID, List.of(item));
        listener = event -> {
            if (event instanceof OutboxEvent.CreationUpdated updated && updated.stateChanged()) {
                tasks.ui().execute(() -> {
                    activeById.put(updated.creation().id(), updated.creation().state().isActive());
                    show(updated.creation());
                });
            }
        };
        outbox.addListener(listener);
        // those queued before (an earlier run): what an event said since is newer
        tasks.call(creations::list).onSuccess(all -> all.forEach(creation ->
                activeById.putIfAbsent(creation.id(), creation.state().isActive()))).start();
    }

    /** Installs New property… into the window. Call on the JavaFX thread. */
    public static NewPropertyFeature install(MainWindow window, Outbox outbox, Supplier<NewPropertyCheck> check,
                                             BackgroundTasks tasks) {
        return new NewPropertyFeature(window, outbox, check, tasks);
    }

    /** New properties queued and not yet created (waiting or in flight); on the JavaFX thread. */
    public int waitingCount() {
        return (int) activeById.values().stream().filter(Boolean::booleanValue).count();
    }

    /**
     * Opens the form, empty or with what was typed before; Create queues the property, in place of the creation
     * the server refused ({@code refused}, or null) if there is one.
     */
    private void openForm(NewProperty typed, Creation refused) {
        tasks.call(check::get) // reads the queued creations: disk
                .onSuccess(ready -> NewPropertyDialog.show(window.scene().getWindow(), ready, typed,
                        property -> queue(property, refused)))
                .onFailure(failure -> tell(Texts.get("create.openFailed"), failure.getMessage()))
                .start();
    }

    private void queue(NewProperty property, Creation refused) {
        tasks.call(() -> refused == null ? creations.enqueue(property) : creations.enqueueInstead(refused.id(), property))
                .onFailure(failure -> tell(Texts.get("create.notQueued"), failure.getMessage()))
                .start();
    }

    private void show(Creation creation) {
        CreationState state = creation.state();
        if (state == CreationState.CREATED) {
            window.viewModel().addProperty(creation.created());
        } else if (state == CreationState.REJECTED || state == CreationState.FAILED) {
            offerAgain(creation);
        }
    }

    /**
     * Says the server did not create the property, with its words, and offers the way back so nothing typed is
     * lost: a refused property (400) opens in the form as it was typed, to be corrected; one whose attempts ran
     * out is sent again (it looks for its label first, in case an attempt landed unheard). Discard removes it;
     * Close keeps it for `resume` on the command line.
     */
    private void offerAgain(Creation creation) {
        boolean refused = creation.state() == CreationState.REJECTED;
        ButtonType again = new ButtonType(Texts.get(refused ? "create.editAgain" : "create.tryAgain"),
                ButtonBar.ButtonData.OK_DONE);
        String why = creation.lastError() == null ? "" : creation.lastError().summary();
        ButtonType discard = new ButtonType(Texts.get("create.discard"), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, why, again, discard, ButtonType.CLOSE);
        alert.setHeaderText(Texts.get("create.notCreated", creation.label()));
        alert.getDialogPane().setId(PROBLEM_ID);
        // sized to their own words, so the way back is not cut to "Edit and create aga…"
        List.of(discard, ButtonType.CLOSE).forEach(type ->
                ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(type), false));
        alert.setOnHidden(event -> {
            if (alert.getResult() == discard) tasks.call(() -> creations.discardStopped(creation.id())).start();
            if (alert.getResult() != again) return;
            if (refused) openForm(creation.request(), creation);
            else retry(creation.id());
        });
        alert.show();
    }

    private void retry(long id) {
        tasks.call(() -> creations.retry(id))
                .onFailure(failure -> tell(Texts.get("create.notQueued"), failure.getMessage()))
                .start();
    }

    private static void tell(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.WARNING, detail);
        alert.setHeaderText(header);
        alert.getDialogPane().setId(PROBLEM_ID);
        alert.show();
    }

    @Override
    public void close() {
        outbox.removeListener(listener);
    }
}
