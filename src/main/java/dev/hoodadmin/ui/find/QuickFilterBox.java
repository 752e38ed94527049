package dev.hoodadmin.ui.find;

import dev.hoodadmin.ui.text.Texts;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** One quick filter: a combo box that reads "PI data: any", bound both ways to its filter property. */
final class QuickFilterBox {
    private QuickFilterBox() {
    }

    static <T> ComboBox<T> create(QuickFilter<T> filter) {
        String name = filter.name();
        ComboBox<T> box = new ComboBox<>(filter.choices());
        box.setId(filter.id());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T choice) {
                return choice == null ? "" : Texts.get("find.quick.value", name, filter.choiceText().apply(choice));
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("quick filters are not editable");
            }
        });
        box.valueProperty().bindBidirectional(filter.value());
        box.setTooltip(new Tooltip(Texts.get(filter.key() + ".tooltip")));
        // a screen reader hears what the filter is and what it is set to
        box.accessibleTextProperty().bind(box.valueProperty()
                .map(choice -> Texts.get("find.quick.accessible", name, filter.choiceText().apply(choice)))
                .orElse(Texts.get("find.quick.accessible.none", name)));
        return box;
    }
}
