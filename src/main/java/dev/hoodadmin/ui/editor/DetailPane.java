package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.menu.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/**
 * The pane beside the table for the selected property: its six updatable fields, Save and Revert, the
 * lock message on system properties, the last problem with its trace id, and Bulk edit when several rows
 * are selected. Save and Revert stay in sight under the fields, which scroll when the window is short.
 * Builds and binds nodes only; state lives in {@link DetailViewModel}.
 */
public final class DetailPane extends BorderPane {
    public static final String ID = "detailPane";

    private final Map<UpdatableField, FieldEditor> editors = new EnumMap<>(UpdatableField.class);
    private final VBox content;

    /** @param conflicts what Keep mine and Take theirs do for an edit in conflict */
    public DetailPane(DetailViewModel vm, ObservableIntegerValue selectedRows, Runnable onBulkEdit,
                      ProblemBox.ConflictChoice conflicts) {
        setId(ID);
        setAccessibleText(Texts.get("detail.accessible"));
        getStyleClass().add("detail-pane");

        BooleanBinding noRow = vm.rowProperty().isNull();
        BooleanBinding disabled = noRow.or(vm.lockedProperty());

        Label title = new Label();
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.textProperty().bind(Bindings.createStringBinding(() -> titleOf(vm.rowProperty().get()), vm.rowProperty()));

        Label lock = new Label(Texts.get("editor.systemLocked"), new FontIcon("mdi2l-lock"));
        lock.setId("detailLockMessage");
        lock.getStyleClass().add("detail-lock-message");
        lock.setWrapText(true);
        lock.visibleProperty().bind(vm.lockedProperty());
        lock.managedProperty().bind(lock.visibleProperty());

        VBox fields = new VBox(10);
        for (UpdatableField field : UpdatableField.values()) {
            FieldDraft draft = vm.draft(field);
            FieldEditor editor = switch (field) {
                case EXAMPLE -> FieldEditor.text(draft, "detailExample", false, disabled);
                case DESCRIPTION -> FieldEditor.text(draft, "detailDescription", true, disabled);
                case EXPORT_ALIAS -> FieldEditor.text(draft, "detailExportAlias", false, disabled);
                case PI_DATA -> FieldEditor.flag(draft, "detailPiData", disabled);
                case IMPORTABLE -> FieldEditor.flag(draft, "detailImportable", disabled);
                case EXPORTABLE -> FieldEditor.flag(draft, "detailExportable", disabled);
            };
            editors.put(field, editor);
            fields.getChildren().add(editor);
        }

        Button save = button("detailSaveButton", Texts.get("detail.save"), "mdi2c-content-save-outline",
                Texts.get("detail.save.tooltip"), Shortcuts.SAVE);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(event -> vm.save());
        Button revert = button("detailRevertButton", Texts.get("detail.revert"), "mdi2u-undo",
                Texts.get("detail.revert.tooltip"), Shortcuts.REVERT);
        revert.disableProperty().bind(vm.canRevertProperty().not());
        revert.setOnAction(event -> vm.revert());
        Label hint = new Label();
        hint.setId("detailSaveHint");
        hint.getStyleClass().add("detail-save-hint");
        hint.textProperty().bind(vm.saveHintProperty());
        // why Save is disabled goes above the buttons and wraps there, so Save and Revert never shrink
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.visibleProperty().bind(vm.saveHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        HBox buttonRow = new HBox(8, save, revert);
        buttonRow.setAlignment(Pos.CENTER_LEFT);
        VBox buttons = new VBox(6, hint, buttonRow);
        buttons.getStyleClass().add("detail-content");

        Label empty = new Label(Texts.get("detail.empty"));
        empty.setId("detailEmpty");
        empty.setWrapText(true);
        empty.visibleProperty().bind(noRow);
        empty.managedProperty().bind(noRow);

        content = new VBox(12, selectionBar(selectedRows, onBulkEdit), empty, title, lock,
                new ProblemBox(vm.problemProperty(), conflicts), fields);
        content.getStyleClass().add("detail-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // centre before bottom: the keyboard goes through the fields, then to Save and Revert
        setCenter(scroll);
        setBottom(buttons);
        vm.focusRequestProperty().addListener((obs, old, field) -> {
            if (field != null) editors.get(field).control().requestFocus();
        });
    }

    /** Puts the keyboard in the first field that can be edited (F6 from the table); false when every field is locked. */
    boolean focusFirstField() {
        for (FieldEditor editor : editors.values()) {
            if (!editor.control().isDisabled()) {
                editor.control().requestFocus();
                return true;
            }
        }
        return false;
    }

    /** Adds a section under the fields (the property's history). */
    void addSection(javafx.scene.Node section) {
        content.getChildren().add(section);
    }

    private static HBox selectionBar(ObservableIntegerValue selectedRows, Runnable onBulkEdit) {
        Label count = new Label();
        count.setId("selectionInfo");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("detail.selection", Texts.number(selectedRows.get())), selectedRows));
        Button bulk = button("bulkEditButton", Texts.get("detail.bulkEdit"), "mdi2p-pencil-box-multiple",
                Texts.get("bulk.dialog.header"), Shortcuts.BULK_EDIT);
        bulk.setOnAction(event -> onBulkEdit.run());
        HBox bar = new HBox(8, count, bulk);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("selection-bar");
        BooleanBinding several = Bindings.createBooleanBinding(() -> selectedRows.get() > 1, selectedRows);
        bar.visibleProperty().bind(several);
        bar.managedProperty().bind(several);
        return bar;
    }

    /** A button whose tooltip and accessible text say what it does and name its shortcut. */
    private static Button button(String id, String text, String icon, String purpose, KeyCombination shortcut) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE); // a command is never cut to "…"
        String described = Shortcuts.withShortcut(purpose, shortcut);
        button.setAccessibleText(described);
        button.setTooltip(new Tooltip(described));
        return button;
    }

    private static String titleOf(ProfileProperty row) {
        if (row == null) return "";
        return row.id() == null ? EditorViewModel.name(row) : Texts.get("detail.titleWithId", EditorViewModel.name(row), row.id());
    }
}
