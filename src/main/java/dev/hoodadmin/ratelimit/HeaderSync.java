package dev.hoodadmin.ratelimit;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code X-RateLimit-*} headers into evidence about our windows. The contract does not say
 * which window the headers describe, so they are matched by {@code X-RateLimit-Limit} against the
 * configured limits; a value matching none (or several) windows is ignored. Headers only ever make
 * the budget stricter or sharpen the window phase, never grant more than our own count allows.
 *
 * <p>Not thread-safe: {@link RateBudget} guards it with its lock.
 */
final class HeaderSync {

    private static final long SECOND = 1_000_000_000L;
    /** {@code X-RateLimit-Reset} is whole seconds, rounded we don't know how: allow a second either way. */
    private static final long RESET_ROUNDING = SECOND;

    private record Observation(long sent, long received, int remaining) {
    }

    private final Map<WindowTracker, Observation> lastSeen = new IdentityHashMap<>();

    /**
     * Applies the headers of a response received at {@code received}.
     *
     * @param stamps the answered request as each window counted it, in the order of {@code windows}
     */
    void apply(List<WindowTracker> windows, List<WindowTracker.Stamp> stamps, RateLimitHeaders headers,
               long received) {
        int index = describedWindow(windows, headers.limit());
        if (index < 0) {
            return;
        }
        WindowTracker window = windows.get(index);
        WindowTracker.Stamp own = stamps.get(index);
        if (headers.resetSeconds() != null) {
            learnFromReset(window, headers.resetSeconds(), own.sent, received);
        }
        Integer remaining = headers.remaining();
        if (remaining != null && remaining >= 0 && remaining <= window.limit()) {
            learnFromRemaining(window, remaining, own.sent, received);
            window.observeServerCount(window.limit() - remaining, own, received);
        }
    }

    /** Index of the only window with this limit, or -1. */
    private static int describedWindow(List<WindowTracker> windows, Integer limit) {
        if (limit == null) {
            return -1;
        }
        int match = -1;
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).limit() == limit) {
                if (match >= 0) {
                    return -1;
                }
                match = i;
            }
        }
        return match;
    }

    /** The window refreshes {@code reset} seconds after the request arrived, give or take the rounding. */
    private static void learnFromReset(WindowTracker window, long reset, long sent, long received) {
        long lengthSeconds = window.length() / SECOND;
        if (reset < 0 || reset > lengthSeconds + 1) {
            return;
        }
        long from = sent + reset * SECOND - RESET_ROUNDING;
        long to = received + reset * SECOND + RESET_ROUNDING;
        window.learnBoundaryWithin(from, to, received);
    }

    /**
     * Remaining never grows inside one window, so if it grew between two requests that reached the
     * server one after the other, a boundary passed between the first send and the second response.
     */
    private void learnFromRemaining(WindowTracker window, int remaining, long sent, long received) {
        Observation previous = lastSeen.get(window);
        if (previous != null && sent >= previous.received() && remaining > previous.remaining()) {
            window.learnBoundaryWithin(previous.sent(), received, received);
        }
        if (previous == null || received >= previous.received()) {
            lastSeen.put(window, new Observation(sent, received, remaining));
        }
    }
}
