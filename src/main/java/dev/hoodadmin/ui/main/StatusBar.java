package dev.hoodadmin.ui.main;

import dev.hoodadmin.ui.common.FittingLabel;
import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * Bottom line: which API, demo or live, load progress, what the last refresh found, and how many
 * properties are loaded (or shown, while a filter narrows them).
 */
final class StatusBar extends HBox {
    static final String ID = "statusBar";
    static final String ENDPOINT_ID = "endpointLabel";
    static final String MODE_ID = "modeLabel";
    static final String PROGRESS_ID = "loadProgress";
    static final String PROGRESS_TEXT_ID = "loadProgressText";
    static final String LOAD_STATUS_ID = "loadStatus";
    static final String COUNT_ID = "propertyCountLabel";
    static final String REFRESH_RESULT_ID = "refreshResultLabel";

    private final Region spacer = new Region();

    StatusBar(MainViewModel vm) {
        setId(ID);
        setAccessibleText(Texts.get("status.accessible"));
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        // short forms where the window is narrow; the full text stays in the tooltip
        FittingLabel endpoint = new FittingLabel(ENDPOINT_ID);
        endpoint.show(vm.account().endpointText(), vm.account().endpointShortText(),
                Texts.get("layout.status.endpointDetail", vm.account().endpointText()));
        FittingLabel mode = new FittingLabel(MODE_ID);
        mode.show(vm.account().modeText(), vm.account().modeShortText(),
                Texts.get("layout.status.modeDetail", vm.account().modeText()));
        mode.getStyleClass().add(vm.account().isDemo() ? "mode-demo" : "mode-live");

        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.progressProperty().bind(vm.status().progressProperty());
        progress.accessibleTextProperty().bind(vm.status().progressTextProperty());
        progress.setPrefWidth(140);
        Label progressText = label(PROGRESS_TEXT_ID, "");
        progressText.textProperty().bind(vm.status().progressTextProperty());
        progressText.accessibleTextProperty().bind(vm.status().progressTextProperty());
        HBox loadProgress = new HBox(6, progress, progressText);
        loadProgress.setId(LOAD_STATUS_ID);
        loadProgress.accessibleTextProperty().bind(vm.status().progressTextProperty());
        loadProgress.setAlignment(Pos.CENTER_LEFT);
        loadProgress.visibleProperty().bind(vm.status().loadingProperty());
        loadProgress.managedProperty().bind(vm.status().loadingProperty());

        FittingLabel count = new FittingLabel(COUNT_ID);
        count.bind(vm.propertyCountTextProperty(), vm.propertyCountShortTextProperty());

        Label refreshResult = label(REFRESH_RESULT_ID, "");
        refreshResult.textProperty().bind(vm.status().refreshTextProperty());
        refreshResult.accessibleTextProperty().bind(vm.status().refreshTextProperty());

        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(endpoint, new Separator(Orientation.VERTICAL), mode, spacer, loadProgress, refreshResult,
                new Separator(Orientation.VERTICAL), count);
    }

    /**
     * A feature's item (e.g. the rate budget gauge), placed after the mode with a separator that shows only
     * while the item does (a hidden item leaves no empty slot between two separators).
     */
    void addItem(Node item) {
        int at = getChildren().indexOf(spacer);
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.visibleProperty().bind(item.visibleProperty());
        separator.managedProperty().bind(item.managedProperty());
        getChildren().addAll(at, List.of(separator, item));
    }

    /**
     * Full forms where they all fit; else the items say less one by one from the left (the endpoint first, the
     * count last) until the row fits. Decided from the widths each form needs, so the choice is stable.
     */
    @Override
    protected void layoutChildren() {
        List<FittingLabel> items = lookupAll("." + FittingLabel.STYLE_CLASS).stream()
                .filter(node -> node instanceof FittingLabel && node.isManaged()).map(node -> (FittingLabel) node).toList();
        double needed = computePrefWidth(-1);
        for (FittingLabel item : items) needed += item.fullWidth() - item.shownWidth();
        for (FittingLabel item : items) {
            boolean tooWide = needed > getWidth();
            if (tooWide) needed -= item.fullWidth() - item.shortWidth();
            item.showShortForm(tooWide);
        }
        super.layoutChildren();
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setAccessibleText(text);
        return label;
    }
}
