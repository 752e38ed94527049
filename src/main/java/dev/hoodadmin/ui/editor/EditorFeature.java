package dev.hoodadmin.ui.editor;

import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.ui.common.BackgroundTasks;
import dev.hoodadmin.ui.edits.EditCommands;
import dev.hoodadmin.ui.edits.EditsState;
import dev.hoodadmin.ui.edits.OutboxBridge;
import dev.hoodadmin.ui.main.MainViewModel;
import dev.hoodadmin.ui.main.MainWindow;
import dev.hoodadmin.ui.queue.BudgetGauge;
import dev.hoodadmin.ui.queue.QueuePanel;
import dev.hoodadmin.ui.queue.QueueViewModel;
import dev.hoodadmin.ui.table.CellEditContext;
import dev.hoodadmin.ui.table.EditableColumns;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.Map;

/**
 * Editing in the main window, assembled: editing cells and keys on the table, the detail pane beside it,
 * the queue panel under it, Save, Revert, Bulk edit and Show edits queue in the menus, the credentials
 * banner and notices on top, the budget gauge in the status bar.
 * The table keeps showing the server's rows; unsent values are overlaid by property id.
 *
 * <pre>{@code
 * EditorFeature editing = EditorFeature.install(window, new EditorDependencies(outbox, worker, budget,
 *         background, () -> showSignIn()));
 * // on exit: editing.close();
 * }</pre>
 */
public final class EditorFeature implements AutoCloseable {
    private static final Duration TICK = Duration.millis(250);

    private final EditsState edits;
    private final OutboxBridge bridge;
    private final EditorViewModel editor;
    private final DetailViewModel detail;
    private final QueueViewModel queue;
    private final UndoRedo undoRedo;
    private final HistoryView history;
    private final Timeline ticker;

    private EditorFeature(MainWindow window, EditorDependencies deps, BackgroundTasks tasks) {
        TableView<ProfileProperty> table = window.table();
        MainViewModel main = window.viewModel();
        edits = new EditsState();
        bridge = new OutboxBridge(deps.outbox(), edits, tasks);
        EditCommands commands = new EditCommands(deps.outbox(), tasks);
        undoRedo = new UndoRedo(deps.undo(), commands, this::notify, deps.budget(),
                question -> Confirm.ask(window.table(), question));
        editor = new EditorViewModel(edits, commands, undoRedo::start);
        detail = new DetailViewModel(editor, main::property);
        RowFocus focus = new RowFocus(table, detail, editor);
        queue = new QueueViewModel(edits, commands, deps.budget(), deps.worker().clock(), editor::notify,
                focus::editAgain);
        BulkEditor bulk = new BulkEditor(editor, deps.budget());

        EditableColumns.install(table, new CellEditContext(edits,
                (row, field, value) -> editor.save(row, Map.of(field, value), editor.begin("grid")), focus::editInDetail));
        GridKeys.install(table, editor, new PasteHandler(table, editor));
        AppliedRows applied = new AppliedRows(table, main, edits);
        edits.onApplied(applied::apply);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) detail.show(row);
        });
        edits.revisionProperty().addListener((obs, old, now) -> detail.refresh());
        main.properties().addListener((ListChangeListener<ProfileProperty>) change -> detail.refresh());

        SelectedRows selected = new SelectedRows(table);
        Runnable bulkEdit = () -> {
            if (selected.count().get() > 1) BulkEditDialog.open(table, bulk, selected.rows());
        };
        DetailPane pane = new DetailPane(detail, selected.count(), bulkEdit, new ProblemBox.ConflictChoice() {
            @Override
            public void keepMine(dev.hoodadmin.outbox.Edit conflict) {
                editor.keepMine(conflict);
            }

            @Override
            public void takeTheirs(dev.hoodadmin.outbox.Edit conflict) {
                editor.takeTheirs(conflict, dropped -> applied.serverValues(dropped.propertyId(), dropped.conflict()));
            }
        });
        PaneKeys.install(table, pane, detail, editor);
        QueuePanel queuePanel = new QueuePanel(queue);
        EditorMenus.install(window, detail, selected.count(), bulkEdit, queuePanel);
        history = new HistoryView(deps.journal(), tasks, undoRedo::undoBatch);
        EditorMenus.installUndo(window, undoRedo, history);
        pane.addSection(new PropertyHistory(deps.journal(), tasks, detail.rowProperty(), edits.revisionProperty()));
        window.wrapCenter(center -> {
            StackPane side = joinsWhenShown(pane);
            SplitPane split = new SplitPane(center, side);
            split.setDividerPositions(0.72);
            SplitPane.setResizableWithParent(side, false);
            VBox column = new VBox(split, queuePanel);
            VBox.setVgrow(split, Priority.ALWAYS);
            return column;
        });
        window.addBanner(new CredentialsBanner(edits, deps.onSignInRequested()));
        window.addBanner(new EditorNotice(editor));
        BudgetGauge gauge = new BudgetGauge();
        window.addStatusItem(gauge);

        if (deps.worker().isPausedForCredentials()) edits.markPausedForCredentials(null);
        ticker = new Timeline(new KeyFrame(TICK, event -> {
            gauge.show(deps.budget().snapshot());
            queue.tick();
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        bridge.start();
        ticker.play();
    }

    private void notify(String message) {
        editor.notify(message);
    }

    /** Installs editing into the window (before or after it is shown). Call on the JavaFX thread. */
    public static EditorFeature install(MainWindow window, EditorDependencies deps) {
        return new EditorFeature(window, deps, BackgroundTasks.onFxThread(deps.background()));
    }

    public EditorViewModel editor() {
        return editor;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public EditsState edits() {
        return edits;
    }

    UndoRedo undoRedo() {
        return undoRedo;
    }

    HistoryView historyView() {
        return history;
    }

    /** Stops listening to the outbox and stops the gauge's timer. */
    @Override
    public void close() {
        ticker.stop();
        bridge.close();
    }

    /**
     * The place beside the table that the detail pane joins once the window is on screen: the pane holds about a
     * third of the window's nodes, and styling and laying them out before the first frame made the window appear
     * later (README, "Start benchmark"); the pane follows on the next pulse.
     */
    private static StackPane joinsWhenShown(DetailPane pane) {
        StackPane side = new StackPane();
        side.setId("detailSide");
        side.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .addListener(new ChangeListener<>() {
                    @Override
                    public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                        if (!Boolean.TRUE.equals(now)) return;
                        showing.removeListener(this);
                        Platform.runLater(() -> side.getChildren().setAll(pane));
                    }
                });
        return side;
    }
}
