package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.ProfileProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.ui.edits.FieldNames;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Bulk edit: choose a field and one value for every selected property. The summary says what will happen
 * before anything is queued ("148 will be queued, 12 system properties skipped, about 1 min at the current
 * rate"); the Queue button is disabled while the value is invalid. Opened without blocking, so tests drive
 * it like a person would.
 */
final class BulkEditDialog extends Dialog<ButtonType> {
    /** Made per dialog: its text is read in the language of the moment. */
    private final ButtonType queue = new ButtonType(Texts.get("bulk.dialog.queue"), ButtonBar.ButtonData.OK_DONE);

    private final BulkEditor bulk;
    private final List<ProfileProperty> selection;
    private final ComboBox<UpdatableField> field = new ComboBox<>();
    private final TextField text = new TextField();
    private final CheckBox flag = new CheckBox(Texts.get("common.yes"));
    private final Label summary = new Label();
    private BulkPlan plan;

    BulkEditDialog(Window owner, BulkEditor bulk, List<ProfileProperty> selection) {
        this.bulk = bulk;
        this.selection = List.copyOf(selection);
        initOwner(owner);
        setTitle(Texts.get("bulk.dialog.title"));
        setHeaderText(Texts.get("bulk.dialog.header"));
        getDialogPane().setId("bulkEditDialog");
        getDialogPane().getButtonTypes().setAll(queue, ButtonType.CANCEL);
        getDialogPane().lookupButton(queue).setId("bulkEditConfirm");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("bulkEditCancel");

        field.setId("bulkEditField");
        field.setAccessibleText(Texts.get("bulk.dialog.field.accessible"));
        field.getItems().setAll(UpdatableField.values());
        field.setConverter(new StringConverter<>() {
            @Override
            public String toString(UpdatableField value) {
                return value == null ? "" : FieldNames.of(value);
            }

            @Override
            public UpdatableField fromString(String string) {
                return null;
            }
        });
        text.setId("bulkEditText");
        text.setAccessibleText(Texts.get("bulk.dialog.value"));
        flag.setId("bulkEditFlag");
        flag.setAccessibleText(Texts.get("bulk.dialog.flag.accessible"));
        summary.setId("bulkEditSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(420);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, labelFor(Texts.get("bulk.dialog.field"), field), field);
        grid.addRow(1, labelFor(Texts.get("bulk.dialog.value"), text), text, flag);
        grid.add(summary, 0, 2, 3, 1);
        getDialogPane().setContent(grid);

        field.valueProperty().addListener((obs, old, now) -> update());
        text.textProperty().addListener((obs, old, now) -> update());
        flag.selectedProperty().addListener((obs, old, now) -> update());
        field.getSelectionModel().selectFirst();
        update();
        setResultConverter(button -> button);
        setOnHidden(event -> {
            if (getResult() == queue && plan.canApply()) bulk.apply(plan);
        });
    }

    /** Opens the dialog over the table's window for the given selection. */
    static BulkEditDialog open(Node anchor, BulkEditor bulk, List<ProfileProperty> selection) {
        BulkEditDialog dialog = new BulkEditDialog(anchor.getScene().getWindow(), bulk, selection);
        dialog.show();
        return dialog;
    }

    private void update() {
        UpdatableField chosen = field.getValue();
        boolean isFlag = chosen != null && chosen.isFlag();
        text.setVisible(!isFlag);
        text.setManaged(!isFlag);
        flag.setVisible(isFlag);
        flag.setManaged(isFlag);
        String value = isFlag ? (flag.isSelected() ? "1" : "0") : text.getText();
        plan = bulk.plan(selection, chosen, value);
        summary.setText(plan.canApply() ? Texts.get("bulk.dialog.summary", plan.action(), plan.summary()) : plan.summary());
        getDialogPane().lookupButton(queue).setDisable(!plan.canApply());
    }

    private static Label labelFor(String text, Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        return label;
    }
}
