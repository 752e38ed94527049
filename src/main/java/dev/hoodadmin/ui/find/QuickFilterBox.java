package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
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

    /** @param key the bundle key of the filter's name ("find.piData"); {@code key.tooltip} says what it does */
    static <T> ComboBox<T> create(String id, String key, ObservableList<T> choices, Property<T> value,
                                  Function<T, String> choiceText) {
        String name = Texts.get(key);
        ComboBox<T> box = new ComboBox<>(choices);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : Texts.get("find.quick.value", name, choiceText.apply(choice));
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("quick filters are not editable");
            }
        });
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(Texts.get(key + ".tooltip")));
        // a screen reader hears what the filter is and what it is set to
        box.accessibleTextProperty().bind(box.valueProperty()
                .map(choice -> Texts.get("find.quick.accessible", name, choiceText.apply(choice)))
                .orElse(Texts.get("find.quick.accessible.none", name)));
        return box;
    }
}
