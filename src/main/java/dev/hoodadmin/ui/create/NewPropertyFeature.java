package dev.hoodadmin.ui.create;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.engine.NewPropertyCheck;
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
import javafx.scene.control.MenuItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * New custom properties in the window: File → New property… (Ctrl+N) opens the form; Create queues the
 * property in the durable outbox (off the JavaFX thread), and the worker creates it exactly once. The new row
 * appears in the table with its server id when the server has it; a refusal is shown with the server's words.
 */
public final class NewPropertyFeature implements AutoCloseable {
    static final String MENU_ID = "newPropertyItem";

    private final Outbox outbox;
    private final OutboxListener listener;
    /** Whether each creation heard of waits or is in flight, by id; kept on the JavaFX thread. */
    private final Map<Long, Boolean> activeById = new HashMap<>();

    private NewPropertyFeature(MainWindow window, Outbox outbox, Supplier<NewPropertyCheck> check, BackgroundTasks tasks) {
        this.outbox = outbox;
        Creations creations = outbox.creations();
        MenuItem item = AppMenuBar.item(MENU_ID, Texts.get("menu.file.newProperty"), Shortcuts.NEW_PROPERTY, () ->
                tasks.call(check::get) // reads the queued creations: disk
                        .onSuccess(ready -> NewPropertyDialog.show(window.scene().getWindow(), ready,
                                property -> queue(creations, property, tasks)))
                        .onFailure(failure -> tell(Texts.get("create.openFailed"), failure.getMessage()))
                        .start());
        window.addMenuSection(AppMenuBar.FILE_ID, List.of(item));
        listener = event -> {
            if (event instanceof OutboxEvent.CreationUpdated updated && updated.stateChanged()) {
                tasks.ui().execute(() -> {
                    activeById.put(updated.creation().id(), updated.creation().state().isActive());
                    show(window, updated);
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

    private static void queue(Creations creations, NewProperty property, BackgroundTasks tasks) {
        tasks.call(() -> creations.enqueue(property))
                .onFailure(failure -> tell(Texts.get("create.notQueued"), failure.getMessage()))
                .start();
    }

    private static void show(MainWindow window, OutboxEvent.CreationUpdated updated) {
        CreationState state = updated.creation().state();
        if (state == CreationState.CREATED) {
            window.viewModel().addProperty(updated.creation().created());
        } else if (state == CreationState.REJECTED || state == CreationState.FAILED) {
            String why = updated.creation().lastError() == null ? "" : updated.creation().lastError().summary();
            tell(Texts.get("create.notCreated", updated.creation().label()), why);
        }
    }

    private static void tell(String header, String detail) {
        Alert alert = new Alert(Alert.AlertType.WARNING, detail);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("newPropertyProblemAlert");
        alert.show();
    }

    @Override
    public void close() {
        outbox.removeListener(listener);
    }
}
