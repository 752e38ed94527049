package dev.hoodadmin.ui.find;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on a {@link PauseTransition}: call it on the JavaFX thread; the action runs there too. */
public final class FxDebouncer implements Debouncer {
    private final Duration delay;
    private PauseTransition pause;
    private Runnable pending;

    public FxDebouncer(java.time.Duration delay) {
        this.delay = Duration.millis(delay.toMillis());
    }

    @Override
    public void submit(Runnable action) {
        if (pause == null) {
            // made on first use: an animation needs a running toolkit, the constructor must not
            pause = new PauseTransition(delay);
            pause.setOnFinished(event -> {
                Runnable due = pending;
                pending = null;
                if (due != null) due.run();
            });
        }
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pending = null;
        if (pause != null) pause.stop();
    }
}
