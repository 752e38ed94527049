package dev.hoodadmin.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The theoretical minimum time to send a number of requests under fixed windows whose phase is
 * known exactly: at every instant send as many as all windows allow, otherwise wait for the next
 * boundary that frees an exhausted window. Pure; used by the benchmark as the yardstick.
 */
public final class FixedWindowSchedule {

    /**
     * A window and how far "now" is into its current period.
     *
     * @param offset time since the current window started, in {@code [0, length)}
     */
    public record WindowPhase(FixedWindow window, Duration offset) {
        public WindowPhase {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(offset, "offset");
            if (offset.isNegative() || offset.compareTo(window.length()) >= 0) {
                throw new IllegalArgumentException("offset must be within [0, " + window.length() + "), was " + offset);
            }
        }
    }

    private FixedWindowSchedule() {
    }

    /**
     * Time from now until the last of {@code requests} requests is sent, starting with empty windows.
     * Zero when all of them fit into the current windows.
     */
    public static Duration minimumDuration(int requests, List<WindowPhase> phases) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("at least one window is required");
        }
        int count = phases.size();
        long[] length = new long[count];
        long[] end = new long[count];
        int[] used = new int[count];
        for (int i = 0; i < count; i++) {
            length[i] = phases.get(i).window().length().toNanos();
            end[i] = length[i] - phases.get(i).offset().toNanos();
        }
        long time = 0;
        int left = requests;
        while (left > 0) {
            int room = Integer.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                room = Math.min(room, phases.get(i).window().limit() - used[i]);
            }
            int batch = Math.min(room, left);
            left -= batch;
            for (int i = 0; i < count; i++) {
                used[i] += batch;
            }
            if (left == 0) {
                break;
            }
            for (int i = 0; i < count; i++) {
                if (used[i] == phases.get(i).window().limit()) {
                    time = Math.max(time, end[i]);
                }
            }
            for (int i = 0; i < count; i++) {
                while (end[i] <= time) {
                    end[i] += length[i];
                    used[i] = 0;
                }
            }
        }
        return Duration.ofNanos(time);
    }
}
