package dev.hoodadmin.ui.find;

import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.function.Function;

/** One quick filter: a combo box that reads "PI data: any", bound both ways to its filter property. */
final class QuickFilterBox {
    private QuickFilterBox() {
    }

    static <T> ComboBox<T> create(String id, String name, ObservableList<T> choices, Property<T> value,
                                  Function<T, String> choiceText) {
        ComboBox<T> box = new ComboBox<>(choices);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : name + ": " + choiceText.apply(choice);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("quick filters are not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip("Show only properties with this " + name.toLowerCase()));
        // a screen reader hears what the filter is and what it is set to
        box.accessibleTextProperty().bind(box.valueProperty().map(choice -> name + " filter: " + choiceText.apply(choice))
                .orElse(name + " filter"));
        return box;
    }
}
