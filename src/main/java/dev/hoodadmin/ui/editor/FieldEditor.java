package dev.hoodadmin.ui.editor;

import dev.hoodadmin.ui.text.Texts;
import dev.hoodadmin.ui.edits.FieldNames;
import dev.hoodadmin.ui.edits.FieldRules;
import dev.hoodadmin.ui.table.EditPseudo;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One updatable field in the detail pane: its control, highlighted while the value differs from the
 * server's, and the reason under it when the value breaks a rule or the server refused it. Disabled (not
 * hidden) while the property is locked.
 */
final class FieldEditor extends VBox {
    private final Control control;

    private FieldEditor(FieldDraft draft, String id, Control control, Region extra, ObservableBooleanValue disabled) {
        this.control = control;
        getStyleClass().add("field-editor");
        setSpacing(2);
        control.setId(id);
        control.setAccessibleText(FieldNames.of(draft.field()));
        control.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        draft.changedProperty().addListener((obs, old, now) -> mark(draft));
        draft.problemProperty().addListener((obs, old, now) -> mark(draft));
        draft.invalidProperty().addListener((obs, old, now) -> mark(draft));

        Label problem = new Label();
        problem.setId(id + "Problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(draft.problemProperty());
        problem.visibleProperty().bind(draft.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        control.accessibleHelpProperty().bind(draft.problemProperty());

        if (control instanceof CheckBox) {
            getChildren().add(control);
        } else {
            Label label = new Label(FieldNames.of(draft.field()));
            label.setLabelFor(control);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox header = extra == null ? new HBox(label) : new HBox(label, spacer, extra);
            getChildren().addAll(header, control);
        }
        getChildren().add(problem);
        mark(draft);
    }

    /** A one-line text field, or a wrapping area with a character count for long text. */
    static FieldEditor text(FieldDraft draft, String id, boolean multiLine, ObservableBooleanValue disabled) {
        TextInputControl input = multiLine ? area() : new TextField();
        input.textProperty().bindBidirectional(draft.valueProperty());
        Label count = null;
        if (multiLine) {
            int max = FieldRules.maxLength(draft.field()).orElseThrow();
            count = new Label();
            count.setId(id + "Count");
            count.getStyleClass().add("character-count");
            count.textProperty().bind(Bindings.createStringBinding(
                    () -> Texts.get("detail.count",
                            String.valueOf(FieldRules.length(draft.valueProperty().get())), String.valueOf(max)), draft.valueProperty()));
            Label shown = count;
            count.accessibleTextProperty().bind(Bindings.createStringBinding(
                    () -> Texts.get("detail.count.accessible", shown.getText()), count.textProperty()));
        }
        return new FieldEditor(draft, id, input, count, disabled);
    }

    /** A check box for a 0/1 field; an unknown value shows unticked until the person ticks it. */
    static FieldEditor flag(FieldDraft draft, String id, ObservableBooleanValue disabled) {
        CheckBox box = new CheckBox(FieldNames.of(draft.field()));
        box.setSelected("1".equals(draft.valueProperty().get()));
        boolean[] loading = {false}; // showing a loaded value is not the person ticking the box
        draft.valueProperty().addListener((obs, old, now) -> {
            loading[0] = true;
            box.setSelected("1".equals(now));
            loading[0] = false;
        });
        box.selectedProperty().addListener((obs, old, now) -> {
            if (!loading[0]) draft.valueProperty().set(now ? "1" : "0");
        });
        return new FieldEditor(draft, id, box, null, disabled);
    }

    Control control() {
        return control;
    }

    private void mark(FieldDraft draft) {
        boolean invalid = draft.invalidProperty().get();
        control.pseudoClassStateChanged(EditPseudo.CHANGED, draft.changedProperty().get());
        control.pseudoClassStateChanged(EditPseudo.INVALID, invalid);
        control.pseudoClassStateChanged(EditPseudo.ERROR, !invalid && draft.problemProperty().get() != null);
    }

    private static TextArea area() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(6);
        return area;
    }
}
