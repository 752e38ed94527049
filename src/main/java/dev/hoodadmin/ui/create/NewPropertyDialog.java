package dev.hoodadmin.ui.create;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.engine.NewPropertyCheck;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.function.Consumer;

/** File → New property…: the form, with the first problem shown under it and Create disabled until there is none. */
final class NewPropertyDialog {
    static final String ID = "newPropertyDialog";

    private NewPropertyDialog() {
    }

    /**
     * Shows the dialog without waiting, empty or filled with {@code typed} (null for none); {@code onCreate} gets
     * the property when the person chooses Create.
     */
    static Dialog<NewProperty> show(Window owner, NewPropertyCheck check, NewProperty typed,
                                    Consumer<NewProperty> onCreate) {
        NewPropertyForm form = new NewPropertyForm(check);
        if (typed != null) form.fill(typed);
        ButtonType create = new ButtonType(Texts.get("create.button"), ButtonBar.ButtonData.OK_DONE);
        Dialog<NewProperty> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("create.title"));
        dialog.setHeaderText(Texts.get("create.header"));
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);

        TextField label = field("newLabel", form.label.getValue());
        label.textProperty().bindBidirectional(form.label);
        ComboBox<String> dataType = new ComboBox<>();
        dataType.setId("newDataType");
        dataType.getItems().setAll(NewProperty.DATA_TYPES);
        dataType.valueProperty().bindBidirectional(form.dataType);
        TextField example = field("newExample", "");
        example.textProperty().bindBidirectional(form.example);
        TextArea description = new TextArea();
        description.setId("newDescription");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(form.description);
        TextField exportAlias = field("newExportAlias", "");
        exportAlias.textProperty().bindBidirectional(form.exportAlias);
        CheckBox piData = check("newPiData", Texts.get("create.piData"));
        piData.selectedProperty().bindBidirectional(form.piData);
        CheckBox importable = check("newImportable", Texts.get("field.importable"));
        importable.selectedProperty().bindBidirectional(form.importable);
        CheckBox exportable = check("newExportable", Texts.get("field.exportable"));
        exportable.selectedProperty().bindBidirectional(form.exportable);
        Label problem = new Label();
        problem.setId("newPropertyProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, labelFor(Texts.get("create.label"), label), label);
        grid.addRow(1, labelFor(Texts.get("create.dataType"), dataType), dataType);
        grid.addRow(2, labelFor(Texts.get("create.example"), example), example);
        grid.addRow(3, labelFor(Texts.get("create.description"), description), description);
        grid.addRow(4, labelFor(Texts.get("create.exportAlias"), exportAlias), exportAlias);
        grid.add(piData, 1, 5);
        grid.add(importable, 1, 6);
        grid.add(exportable, 1, 7);
        grid.add(problem, 0, 8, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(create).disableProperty().bind(form.validProperty().not());
        dialog.setResultConverter(button -> button == create ? form.toNewProperty() : null);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() != null) onCreate.accept(dialog.getResult());
        });
        dialog.show();
        label.requestFocus();
        return dialog;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    private static Label labelFor(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return label;
    }
}
