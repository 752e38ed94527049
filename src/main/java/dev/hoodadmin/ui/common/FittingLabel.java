package dev.hoodadmin.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A label with a full and a short form of its text (say "Demo (built-in simulator)" and "Demo"). The row it
 * sits in chooses which form shows ({@link #showShortForm}), from the widths each form needs, so that where
 * room is short some items say less instead of every item being cut. The tooltip and what a screen reader
 * says are always the full detail; its minimum width is the short form's, so it is never cut.
 */
public final class FittingLabel extends Label {
    /** The style class a row looks up its fitting labels by. */
    public static final String STYLE_CLASS = "fitting-label";

    private final StringProperty full = new SimpleStringProperty(this, "full", "");
    private final StringProperty brief = new SimpleStringProperty(this, "brief", "");
    private final StringProperty detail = new SimpleStringProperty(this, "detail", "");
    private final Text measure = new Text();
    private boolean shortForm;

    public FittingLabel(String id) {
        setId(id);
        getStyleClass().add(STYLE_CLASS);
        Tooltip tooltip = new Tooltip();
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.textProperty().bind(detail);
        setTooltip(tooltip);
        accessibleTextProperty().bind(detail);
        full.addListener(obs -> showChosenForm());
        brief.addListener(obs -> showChosenForm());
    }

    /** Shows {@code fullText}, or {@code shortText} where room is short; the tooltip says {@code fullText}. */
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

    /** Follows a changing text and its short form; the tooltip is the full text. */
    public void bind(ObservableValue<String> fullText, ObservableValue<String> shortText) {
        full.bind(fullText);
        brief.bind(shortText);
        detail.bind(full);
    }

    /** Chooses the form shown; the text changes only when the choice does. */
    public void showShortForm(boolean useShort) {
        shortForm = useShort;
        showChosenForm();
    }

    /** The width the label needs with its full form. */
    public double fullWidth() {
        return widthWith(full.get());
    }

    /** The width the label needs with its short form. */
    public double shortWidth() {
        return widthWith(brief.get());
    }

    /** The width the label needs with the form it shows now. */
    public double shownWidth() {
        return widthWith(getText());
    }

    @Override
    protected double computeMinWidth(double height) {
        return shortWidth();
    }

    private void showChosenForm() {
        String chosen = shortForm ? brief.get() : full.get();
        if (!chosen.equals(getText())) setText(chosen);
    }

    /** The label's width with {@code text} instead of the one it shows now. */
    private double widthWith(String text) {
        return super.computePrefWidth(-1) - textWidth(getText()) + textWidth(text);
    }

    private double textWidth(String text) {
        if (text == null || text.isEmpty()) return 0;
        measure.setFont(getFont());
        measure.setText(text);
        // rounded up as the label's skin rounds its text width, so a chosen form is never a pixel short
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 1;
    }
}
