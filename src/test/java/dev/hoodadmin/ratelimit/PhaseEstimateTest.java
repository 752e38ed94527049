package dev.hoodadmin.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhaseEstimateTest {

    private static final long PERIOD = 1000;

    @Test
    void unknownPhaseMakesEveryInstantACandidate() {
        PhaseEstimate phase = PhaseEstimate.unknown(PERIOD);

        assertThat(phase.firstCandidateAfter(123, 0)).isEqualTo(124);
        assertThat(phase.uncertainty(0)).isEqualTo(PERIOD);
    }

    @Test
    void evidenceNarrowsByIntersection() {
        PhaseEstimate phase = PhaseEstimate.unknown(PERIOD)
                .constrain(100, 400, 0)
                .constrain(2300, 2700, 0); // [300, 700] modulo the period

        assertThat(phase.uncertainty(0)).isEqualTo(100);
        assertThat(phase.firstCandidateAfter(1000, 0)).isEqualTo(1300);
    }

    @Test
    void intersectionAcrossThePeriodWrap() {
        PhaseEstimate phase = PhaseEstimate.unknown(PERIOD)
                .constrain(900, 1100, 0)
                .constrain(1050, 1300, 0); // overlap is [1050, 1100]

        assertThat(phase.uncertainty(0)).isEqualTo(50);
        assertThat(phase.firstCandidateAfter(500, 0)).isEqualTo(1050);
    }

    @Test
    void evidenceSpanningAWholePeriodSaysNothing() {
        PhaseEstimate phase = PhaseEstimate.unknown(PERIOD).constrain(0, PERIOD, 0);

        assertThat(phase.uncertainty(0)).isEqualTo(PERIOD);
    }

    @Test
    void contradictingEvidenceReplacesTheOldEstimate() {
        PhaseEstimate phase = PhaseEstimate.unknown(PERIOD)
                .constrain(100, 110, 0)
                .constrain(500, 520, 0);

        assertThat(phase.firstCandidateAfter(0, 0)).isEqualTo(500);
    }

    @Test
    void assumedBoundaryIsKnownWithinItsMarginEitherWay() {
        PhaseEstimate phase = PhaseEstimate.around(2000, 50, PERIOD, 0, 0);

        assertThat(phase.uncertainty(0)).isEqualTo(100);
        assertThat(phase.firstCandidateAfter(100, 0)).isEqualTo(950);
        assertThat(PhaseEstimate.around(0, 500, PERIOD, 0, 0).isKnown(0)).isFalse();
    }

    @Test
    void intersectionKeepsWhatBothAllow() {
        PhaseEstimate assumed = PhaseEstimate.around(1000, 50, PERIOD, 0, 0); // [950, 1050]
        PhaseEstimate learned = PhaseEstimate.unknown(PERIOD, 0).constrain(2020, 2300, 0);

        PhaseEstimate both = assumed.intersect(learned, 0);

        assertThat(both.uncertainty(0)).isEqualTo(30);
        assertThat(both.firstCandidateAfter(0, 0)).isEqualTo(20);
        assertThat(assumed.intersect(PhaseEstimate.unknown(PERIOD), 0)).isSameAs(assumed);
    }

    @Test
    void estimatesWithNoBoundaryInCommonHaveNoIntersection() {
        PhaseEstimate assumed = PhaseEstimate.around(1000, 50, PERIOD, 0, 0);
        PhaseEstimate learned = PhaseEstimate.unknown(PERIOD, 0).constrain(300, 500, 0);

        assertThat(assumed.intersect(learned, 0)).isNull();
        assertThat(learned.intersect(assumed, 0)).isNull();
    }

    @Test
    void estimateWidensWithAgeUntilUnknown() {
        long minute = 60_000_000_000L;
        long second = 1_000_000_000L;
        PhaseEstimate phase = PhaseEstimate.unknown(second).constrain(0, 0, 0);

        assertThat(phase.uncertainty(minute)).isEqualTo(12_000_000L); // 6 ms each way after a minute
        assertThat(phase.uncertainty(100 * minute)).isEqualTo(second);
    }
}
