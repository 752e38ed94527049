package dev.hoodadmin.ui.create;

import dev.hoodadmin.api.NewProperty;
import dev.hoodadmin.api.UpdatableField;
import dev.hoodadmin.engine.NewPropertyCheck;
import dev.hoodadmin.ui.edits.FieldRules;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the person types into New property…, checked as they type with the rules of editing: a label that is
 * required and unique in the account, a documented data type, the fields' lengths and the export alias's
 * characters. {@link #problemProperty()} names the first problem; Create is offered only without one.
 */
final class NewPropertyForm {
    final StringProperty label = new SimpleStringProperty("");
    final ObjectProperty<String> dataType = new SimpleObjectProperty<>(NewProperty.DATA_TYPES.get(0));
    final StringProperty example = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty exportAlias = new SimpleStringProperty("");
    final BooleanProperty piData = new SimpleBooleanProperty(false);
    final BooleanProperty importable = new SimpleBooleanProperty(true);
    final BooleanProperty exportable = new SimpleBooleanProperty(true);

    private final StringBinding problem;
    private final BooleanBinding valid;

    NewPropertyForm(NewPropertyCheck check) {
        problem = Bindings.createStringBinding(() -> firstProblem(check).orElse(null),
                label, dataType, example, description, exportAlias);
        valid = problem.isNull();
    }

    private Optional<String> firstProblem(NewPropertyCheck check) {
        return check.labelProblem(label.get())
                .or(() -> check.dataTypeProblem(dataType.get()))
                .or(() -> FieldRules.problem(UpdatableField.EXAMPLE, example.get()))
                .or(() -> FieldRules.problem(UpdatableField.DESCRIPTION, description.get()))
                .or(() -> FieldRules.problem(UpdatableField.EXPORT_ALIAS, exportAlias.get()));
    }

    /** The first rule the form breaks, or null. */
    StringBinding problemProperty() {
        return problem;
    }

    BooleanBinding validProperty() {
        return valid;
    }

    /** Starts the form from a property typed before (one the server did not create), defaults where it said nothing. */
    void fill(NewProperty property) {
        Map<UpdatableField, String> values = property.values();
        label.set(property.label());
        dataType.set(property.dataType());
        example.set(values.getOrDefault(UpdatableField.EXAMPLE, ""));
        description.set(values.getOrDefault(UpdatableField.DESCRIPTION, ""));
        exportAlias.set(values.getOrDefault(UpdatableField.EXPORT_ALIAS, ""));
        piData.set(flag(values, UpdatableField.PI_DATA, piData.get()));
        importable.set(flag(values, UpdatableField.IMPORTABLE, importable.get()));
        exportable.set(flag(values, UpdatableField.EXPORTABLE, exportable.get()));
    }

    private static boolean flag(Map<UpdatableField, String> values, UpdatableField field, boolean otherwise) {
        String value = values.get(field);
        return value == null ? otherwise : "1".equals(value);
    }

    /** The property to queue: texts left empty are not sent (the server keeps them empty), flags always are. */
    NewProperty toNewProperty() {
        Map<UpdatableField, String> values = new EnumMap<>(UpdatableField.class);
        putIfTyped(values, UpdatableField.EXAMPLE, example.get());
        putIfTyped(values, UpdatableField.DESCRIPTION, description.get());
        putIfTyped(values, UpdatableField.EXPORT_ALIAS, exportAlias.get());
        values.put(UpdatableField.PI_DATA, piData.get() ? "1" : "0");
        values.put(UpdatableField.IMPORTABLE, importable.get() ? "1" : "0");
        values.put(UpdatableField.EXPORTABLE, exportable.get() ? "1" : "0");
        return new NewProperty(label.get(), dataType.get(), values);
    }

    private static void putIfTyped(Map<UpdatableField, String> values, UpdatableField field, String text) {
        if (text != null && !text.isEmpty()) values.put(field, text);
    }
}
