package dev.hoodadmin.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTest {
    @Test
    void shortTextsAreShownWhole() {
        assertThat(TextDiff.of("gold", "silver")).isEqualTo(new TextDiff("gold", "silver"));
        assertThat(TextDiff.of(null, "new")).isEqualTo(new TextDiff("", "new"));
    }

    @Test
    void longTextsAreCutToTheChangedMiddleWithContext() {
        String start = "The loyalty tier of the customer, computed nightly from the last ";
        String end = " months of orders and returns, as used by the campaign tools.";
        TextDiff diff = TextDiff.of(start + "twelve" + end, start + "six" + end);

        assertThat(diff.before()).isEqualTo("…om the last twelve months of o…");
        assertThat(diff.after()).isEqualTo("…om the last six months of o…");
    }

    @Test
    void aTextThatOnlyGrewShowsItsNewEnd() {
        String text = "x".repeat(70);
        assertThat(TextDiff.of(text, text + " and more").after()).isEqualTo("…" + "x".repeat(12) + " and more");
        assertThat(TextDiff.of(text, text + " and more").before()).isEqualTo("…" + "x".repeat(12));
    }
}
