package dev.hoodadmin.ui.edits;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ApproxDurationTest {

    @Test
    void roundsToWhatAPersonReadsAtAGlance() {
        assertThat(ApproxDuration.of(Duration.ZERO)).isEqualTo("about 1 s");
        assertThat(ApproxDuration.of(Duration.ofMillis(1200))).isEqualTo("about 2 s");
        assertThat(ApproxDuration.of(Duration.ofSeconds(59))).isEqualTo("about 59 s");
        assertThat(ApproxDuration.of(Duration.ofSeconds(89))).isEqualTo("about 1 min");
        assertThat(ApproxDuration.of(Duration.ofMinutes(34))).isEqualTo("about 34 min");
        assertThat(ApproxDuration.of(Duration.ofMinutes(150))).isEqualTo("about 3 h");
    }
}
