package dev.hoodadmin.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A label with a full and a short form of its text (say "Demo (built-in simulator)" and "Demo"): it shows the
 * full one when its width allows, else the short one, and never cuts either. The tooltip and what a screen
 * reader says are always the full detail. Its minimum width is the short form's, so a row of these gives up
 * the long forms before anything is cut.
 */
public final class FittingLabel extends Label {
    private final StringProperty full = new SimpleStringProperty(this, "full", "");
    private final StringProperty brief = new SimpleStringProperty(this, "brief", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final Text measure = new Text();
    /** Whether the last layout found no room for the full form. */
    private boolean shortForm;

    public FittingLabel(String id) {
        setId(id);
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.textProperty().bind(detail);
        setTooltip(tooltip);
        accessibleTextProperty().bind(detail);
        // a new text shows at once in the form the last layout chose; the next layout checks the choice
        full.addListener(obs -> textChanged());
        brief.addListener(obs -> textChanged());
    }

    /** Shows {@code fullText} where it fits, else {@code shortText}; the tooltip says {@code fullText}. */
    public void show(String fullText, String shortText) {
        show(fullText, shortText, fullText);
    }

    /** As {@link #show(String, String)}, with a tooltip (and spoken text) longer than either form. */
    public void show(String fullText, String shortText, String detailText) {
        full.unbind();
        brief.unbind();
        detail.unbind();
        full.set(fullText);
        brief.set(shortText);
        detail.set(detailText);
    }

    /** Follows a changing text; {@code shortText} is its short form, the tooltip the full text. */
    public void bind(ObservableValue<String> fullText, ObservableValue<String> shortText) {
        full.bind(fullText);
        brief.bind(shortText);
        detail.bind(full);
    }

    public String fullText() {
        return full.get();
    }

    @Override
    protected double computePrefWidth(double height) {
        return widthWith(full.get(), height);
    }

    @Override
    protected double computeMinWidth(double height) {
        return widthWith(brief.get(), height);
    }

    @Override
    protected void layoutChildren() {
        // the width is settled here: pick the form that fits (the text changes only when the choice does)
        shortForm = getWidth() < widthWith(full.get(), -1);
        showChosenForm();
        super.layoutChildren();
    }

    private void textChanged() {
        showChosenForm();
        requestLayout(); // the widths changed even where the shown form did not
    }

    private void showChosenForm() {
        String chosen = shortForm ? brief.get() : full.get();
        if (!chosen.equals(getText())) setText(chosen);
    }

    /** The label's width with {@code text} instead of the one it shows now. */
    private double widthWith(String text, double height) {
        return super.computePrefWidth(height) - textWidth(getText()) + textWidth(text);
    }

    private double textWidth(String text) {
        if (text == null || text.isEmpty()) return 0;
        measure.setFont(getFont());
        measure.setText(text);
        // rounded up as the label's skin rounds its text width, so the chosen form is never one pixel short
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 1;
    }
}
