package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Window arithmetic at the boundaries; times in milliseconds, boundaries at whole seconds once
 * learned. Clock drift is off so that learned boundaries stay exact.
 */
class WindowTrackerTest {

    private static final long MS = 1_000_000L;

    private static WindowTracker perSecond(long marginMillis) {
        return new WindowTracker(FixedWindow.of(10, Duration.ofSeconds(1)), Duration.ofMillis(marginMillis), 0);
    }

    private static WindowTracker perSecondWithBoundariesAtWholeSeconds(long marginMillis) {
        WindowTracker tracker = perSecond(marginMillis);
        tracker.learnBoundaryWithin(0, 0, 0);
        return tracker;
    }

    private static void recordTimes(WindowTracker tracker, long millis, int times) {
        for (int i = 0; i < times; i++) {
            tracker.record(millis * MS);
        }
    }

    @Test
    void requestAtExactlyTheBoundaryCountsInTheNewWindow() {
        WindowTracker tracker = perSecondWithBoundariesAtWholeSeconds(0);
        recordTimes(tracker, 1000, 1);

        assertThat(tracker.used(1000 * MS)).isEqualTo(1);
        assertThat(tracker.used(1999 * MS)).isEqualTo(1);
        assertThat(tracker.used(2000 * MS)).isZero();
    }

    @Test
    void requestInTheLastMillisecondIsForgottenAtTheBoundary() {
        WindowTracker tracker = perSecondWithBoundariesAtWholeSeconds(0);
        recordTimes(tracker, 999, 10);

        assertThat(tracker.used(999 * MS)).isEqualTo(10);
        assertThat(tracker.nanosUntilUsedAtMost(9, 999 * MS)).isEqualTo(1 * MS);
        assertThat(tracker.used(1000 * MS)).isZero();
    }

    @Test
    void fullWindowFreesExactlyAtTheNextBoundary() {
        WindowTracker tracker = perSecondWithBoundariesAtWholeSeconds(0);
        recordTimes(tracker, 200, 10);

        assertThat(tracker.nanosUntilUsedAtMost(9, 300 * MS)).isEqualTo(700 * MS);
    }

    @Test
    void requestSentWithinTheMarginBeforeABoundaryCountsInBothWindows() {
        WindowTracker tracker = perSecondWithBoundariesAtWholeSeconds(20);
        recordTimes(tracker, 985, 1);

        assertThat(tracker.used(1000 * MS)).isEqualTo(1);
        assertThat(tracker.used(1999 * MS)).isEqualTo(1);
        assertThat(tracker.used(2000 * MS)).isZero();
    }

    @Test
    void requestSentBeforeTheMarginStaysInItsOwnWindow() {
        WindowTracker tracker = perSecondWithBoundariesAtWholeSeconds(20);
        recordTimes(tracker, 979, 1);

        assertThat(tracker.used(999 * MS)).isEqualTo(1);
        assertThat(tracker.used(1000 * MS)).isZero();
    }

    @Test
    void unknownPhaseBehavesLikeASlidingWindowPlusMargin() {
        WindowTracker tracker = perSecond(20);
        recordTimes(tracker, 500, 10);

        assertThat(tracker.used(1519 * MS)).isEqualTo(10);
        assertThat(tracker.nanosUntilUsedAtMost(9, 600 * MS)).isEqualTo(920 * MS);
        assertThat(tracker.used(1520 * MS)).isZero();
    }

    @Test
    void uncertainBoundaryCountsFromItsEarliestPossiblePosition() {
        WindowTracker tracker = perSecond(0);
        tracker.learnBoundaryWithin(0, 20 * MS, 0); // a boundary lies in [0, 20] ms of every second
        recordTimes(tracker, 1005, 10);

        // A window starting as late as 1004.x still holds both 1005 and 2004...
        assertThat(tracker.used(2004 * MS)).isEqualTo(10);
        // ...but the window holding 1005 started at 1005 at the latest, so it is over by 2005.
        assertThat(tracker.nanosUntilUsedAtMost(9, 1500 * MS)).isEqualTo(505 * MS);
    }

    @Test
    void afterAnUncertainBoundaryTheNextWindowIsTrustedOnlyOnceItHasSurelyStarted() {
        WindowTracker tracker = perSecond(0);
        tracker.learnBoundaryWithin(0, 20 * MS, 0);
        recordTimes(tracker, 1025, 10); // in the window that started within [1000, 1020]

        assertThat(tracker.nanosUntilUsedAtMost(9, 1500 * MS)).isEqualTo(520 * MS);
        assertThat(tracker.used(2019 * MS)).isEqualTo(10);
        assertThat(tracker.used(2020 * MS)).isZero();
    }

    @Test
    void assumedBoundaryCountsLikeAKnownOneWithinItsMargin() {
        WindowTracker tracker = perSecond(0);
        tracker.assumeBoundaryNear(0, 50 * MS, 0); // boundaries within [-50, 50] ms of every whole second
        recordTimes(tracker, 400, 10);

        assertThat(tracker.hasPrior()).isTrue();
        assertThat(tracker.nanosUntilUsedAtMost(9, 500 * MS)).isEqualTo(550 * MS);
    }

    @Test
    void evidenceAgreeingWithTheAssumptionKeepsIt() {
        WindowTracker tracker = perSecond(0);
        tracker.assumeBoundaryNear(0, 50 * MS, 0);
        tracker.learnBoundaryWithin(900 * MS, 1300 * MS, 0);

        assertThat(tracker.hasPrior()).isTrue();
        assertThat(tracker.phaseUncertainty(0)).isEqualTo(100 * MS);
    }

    @Test
    void evidenceContradictingTheAssumptionDropsItForWhatTheEvidenceSays() {
        WindowTracker tracker = perSecond(0);
        tracker.assumeBoundaryNear(0, 50 * MS, 0);
        tracker.learnBoundaryWithin(200 * MS, 500 * MS, 0);

        assertThat(tracker.hasPrior()).isFalse();
        assertThat(tracker.phaseUncertainty(0)).isEqualTo(300 * MS);
    }

    @Test
    void evidenceNarrowingTheAssumptionIsKeptWhenItIsDropped() {
        WindowTracker tracker = perSecond(0);
        tracker.assumeBoundaryNear(0, 50 * MS, 0);
        tracker.learnBoundaryWithin(900 * MS, 1300 * MS, 0); // agrees, but alone says [900, 1300] ms
        tracker.dropPrior();

        assertThat(tracker.phaseUncertainty(0)).isEqualTo(400 * MS);
    }

    @Test
    void aNewAssumptionFarFromTheLastDropsBoth() {
        WindowTracker tracker = perSecond(0);
        tracker.assumeBoundaryNear(0, 50 * MS, 0);
        tracker.assumeBoundaryNear(300 * MS, 50 * MS, 0);

        assertThat(tracker.hasPrior()).isFalse();
        assertThat(tracker.phaseUncertainty(0)).isEqualTo(1000 * MS);
    }

    @Test
    void copyPlansWithoutChangingTheOriginal() {
        WindowTracker tracker = perSecond(0);
        WindowTracker plan = tracker.copy();
        recordTimes(plan, 0, 5);

        assertThat(plan.used(0)).isEqualTo(5);
        assertThat(tracker.used(0)).isZero();
    }
}
