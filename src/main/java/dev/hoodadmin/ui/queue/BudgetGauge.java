package dev.hoodadmin.ui.queue;

import dev.hoodadmin.ratelimit.BudgetSnapshot;
import dev.hoodadmin.ratelimit.BudgetView;
import dev.hoodadmin.ui.common.FittingLabel;
import dev.hoodadmin.ui.text.Texts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The status bar's view of the rate budget: per window (1 s and 60 s) a small bar and "3 used · 7 left",
 * plus how long a 429 pauses sending. {@link #show} is called a few times a second with a fresh reading;
 * it only updates texts, nodes are built once per number of windows.
 */
public final class BudgetGauge extends HBox {
    public static final String ID = "budgetGauge";

    private final Label unknown = label("budgetUnknown", Texts.get("budget.unknown"));
    private final Label pause = label("budgetPause", "");
    private final List<WindowView> windows = new ArrayList<>();

    public BudgetGauge() {
        setId(ID);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("budget-gauge");
        pause.getStyleClass().add("budget-pause");
        show(BudgetView.UNKNOWN.snapshot());
    }

    public void show(BudgetSnapshot reading) {
        if (reading.windows().size() != windows.size() || getChildren().isEmpty()) build(reading.windows().size());
        for (int i = 0; i < windows.size(); i++) windows.get(i).show(reading.windows().get(i));
        boolean paused = reading.pausedFor().compareTo(Duration.ZERO) > 0;
        pause.setText(paused ? Texts.get("budget.paused", Texts.duration(reading.pausedFor())) : "");
        pause.setVisible(paused);
        pause.setManaged(paused);
    }

    private void build(int count) {
        windows.clear();
        getChildren().setAll(new FontIcon("mdi2s-speedometer"));
        if (count == 0) getChildren().add(unknown);
        for (int i = 0; i < count; i++) {
            WindowView view = new WindowView(i);
            windows.add(view);
            getChildren().add(view.box);
        }
        getChildren().add(pause);
    }

    /** One window's bar and text. */
    private static final class WindowView {
        private final ProgressBar bar = new ProgressBar(0);
        private final FittingLabel text;
        private final Tooltip tooltip = new Tooltip();
        private final HBox box;

        WindowView(int index) {
            bar.setPrefWidth(50);
            bar.getStyleClass().add("budget-bar");
            text = new FittingLabel("budgetWindow" + index);
            box = new HBox(4, bar, text);
            box.setAlignment(Pos.CENTER_LEFT);
            Tooltip.install(box, tooltip);
        }

        void show(BudgetSnapshot.Window window) {
            String name = Texts.get("duration.seconds", window.length().toSeconds());
            bar.setProgress(window.limit() <= 0 ? 0 : Math.min(1, (double) window.used() / window.limit()));
            String detail = Texts.get("budget.window.detail", name, window.used(), window.limit(), window.remaining(),
                    Texts.duration(window.resetsIn()));
            // where the status bar is narrow only what is left shows; the bar beside it shows what is used
            text.show(Texts.get("budget.window", name, window.used(), window.remaining()),
                    Texts.get("layout.budget.windowShort", name, window.remaining()), detail);
            tooltip.setText(detail);
        }
    }

    private static Label label(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }
}
