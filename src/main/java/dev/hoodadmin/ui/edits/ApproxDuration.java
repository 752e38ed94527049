package dev.hoodadmin.ui.edits;

import dev.hoodadmin.ui.text.Texts;
import java.time.Duration;

/** A wait in words a person reads at a glance: "about 40 s", "about 1 min", "about 2 h". */
public final class ApproxDuration {
    private ApproxDuration() {
    }

    public static String of(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds <= 1) return Texts.get("approx.seconds", 1);
        if (seconds < 60) return Texts.get("approx.seconds", seconds);
        long minutes = Math.round(seconds / 60.0);
        if (minutes < 60) return Texts.get("approx.minutes", minutes);
        return Texts.get("approx.hours", Math.round(seconds / 3600.0));
    }
}
