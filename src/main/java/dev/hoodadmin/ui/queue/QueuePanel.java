package dev.hoodadmin.ui.queue;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.outbox.Edit;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;
import java.util.function.Predicate;

/**
 * The collapsible queue panel under the table: overall progress with an ETA in its title (visible while
 * collapsed), the list of edits, Retry, Discard, Edit again and Clear applied for the selected edit, and
 * Retry all failed.
 * In the list the buttons' keys work too (Enter edits again, Delete discards, F9 retries, Ctrl+Delete
 * clears applied), and only when the button would. Builds and binds nodes only.
 * <p>
 * The list and its buttons are made when the panel first opens: it starts closed, and styling and laying out them
 * took about 0.1 s of the 1.1–1.7 s to the window shown at a start (6 starts each way, in turn, with and without).
 */
public final class QueuePanel extends TitledPane {
    public static final String ID = "queuePanel";

    private final QueueViewModel vm;
    /** The list of edits; null until the panel first opens. */
    private TableView<Edit> table;

    public QueuePanel(QueueViewModel vm) {
        this.vm = vm;
        setId(ID);
        setAccessibleText(Texts.get("queue.accessible"));
        getStyleClass().add("queue-panel");
        textProperty().bind(vm.titleProperty());
        setExpanded(false);
        setAnimated(false);

        ProgressBar bar = new ProgressBar();
        bar.setId("queueProgress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.accessibleTextProperty().bind(vm.progressTextProperty());
        Label text = new Label();
        text.setId("queueProgressText");
        text.textProperty().bind(vm.progressTextProperty());
        // in the title, so the progress stays in sight while the panel is collapsed
        HBox progress = new HBox(8, bar, text);
        progress.setAlignment(Pos.CENTER_LEFT);
        setGraphic(progress);
        setContentDisplay(ContentDisplay.RIGHT);
        setGraphicTextGap(16);
        expandedProperty().addListener((obs, was, expanded) -> {
            if (expanded) makeContent();
        });
    }

    /** The list and its buttons, made once. */
    private void makeContent() {
        if (table != null) return;
        table = QueueTable.create(vm.edits());
        table.setPrefHeight(180);
        ObjectBinding<Edit> selected = latest(table.getSelectionModel().selectedItemProperty(), vm.edits());
        Button retry = button("queueRetryButton", Texts.get("queue.retry"), "mdi2r-refresh", Texts.get("queue.retry.tooltip"),
                Shortcuts.RETRY_EDIT);
        retry.setOnAction(event -> vm.retry(selected.get()));
        retry.disableProperty().bind(unless(selected, QueueViewModel::canRetry));
        Button discard = button("queueDiscardButton", Texts.get("queue.discard"), "mdi2d-delete-outline",
                Texts.get("queue.discard.tooltip"),
                Shortcuts.DISCARD_EDIT);
        discard.setOnAction(event -> vm.discard(selected.get()));
        discard.disableProperty().bind(unless(selected, QueueViewModel::canDiscard));
        Button editAgain = button("queueEditAgainButton", Texts.get("queue.editAgain"), "mdi2p-pencil-outline",
                Texts.get("queue.editAgain.tooltip"), Shortcuts.EDIT_AGAIN);
        editAgain.setOnAction(event -> vm.editAgain(selected.get()));
        editAgain.disableProperty().bind(unless(selected, QueueViewModel::canEditAgain));
        Button retryAll = new Button(Texts.get("queue.retryAllFailed"), new FontIcon("mdi2r-refresh-circle"));
        retryAll.setId("queueRetryAllFailedButton");
        String retryAllPurpose = Texts.get("queue.retryAllFailed.tooltip");
        retryAll.setAccessibleText(retryAllPurpose);
        retryAll.setTooltip(new Tooltip(retryAllPurpose));
        retryAll.setOnAction(event -> vm.retryAllFailed());
        retryAll.disableProperty().bind(Bindings.createBooleanBinding(() -> !QueueViewModel.anyFailed(vm.edits()),
                vm.edits()));
        Button clear = button("queueClearAppliedButton", Texts.get("queue.clearApplied"), "mdi2c-check-all",
                Texts.get("queue.clearApplied.tooltip"), Shortcuts.CLEAR_APPLIED);
        clear.setOnAction(event -> vm.clearApplied());
        pressOnKeys(table, Map.of(Shortcuts.RETRY_EDIT, retry, Shortcuts.DISCARD_EDIT, discard,
                Shortcuts.EDIT_AGAIN, editAgain, Shortcuts.CLEAR_APPLIED, clear));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, spacer, retry, retryAll, discard, editAgain, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(6, top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setContent(content);
    }

    /** Puts the keyboard in the list of edits, with the first one selected if none was, so its keys act at once. */
    public void focusList() {
        makeContent();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) table.getSelectionModel().select(0);
        table.requestFocus();
    }

    /** A key in the list fires its button; a disabled button ignores it, so the keys never do more than the buttons. */
    private static void pressOnKeys(TableView<Edit> table, Map<KeyCombination, Button> keys) {
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getTarget() != table) return; // e.g. a copy button in a cell has the keyboard
            keys.entrySet().stream().filter(key -> key.getKey().match(event)).findFirst().ifPresent(key -> {
                key.getValue().fire();
                event.consume();
            });
        });
    }

    /** The selected edit as the outbox has it now (its state changes while it stays selected). */
    private static ObjectBinding<Edit> latest(ReadOnlyObjectProperty<Edit> selected, ObservableList<Edit> edits) {
        return Bindings.createObjectBinding(() -> {
            Edit chosen = selected.get();
            if (chosen == null) return null;
            return edits.stream().filter(e -> e.id() == chosen.id()).findFirst().orElse(null);
        }, selected, edits);
    }

    /** Disabled unless an edit is selected and the action applies to it. */
    private static BooleanBinding unless(ObjectBinding<Edit> selected, Predicate<Edit> applies) {
        return Bindings.createBooleanBinding(() -> !applies.test(selected.get()), selected);
    }

    /** A button whose tooltip and accessible text say what it does and name its key in the list. */
    private static Button button(String id, String text, String icon, String purpose, KeyCombination key) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        String described = Shortcuts.withShortcut(purpose, key);
        button.setAccessibleText(described);
        button.setTooltip(new Tooltip(described));
        return button;
    }
}
