package dev.hoodadmin.ui.find;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFoldingTest {

    @Test
    void foldsCaseAndAccentsAndKeepsOtherScripts() {
        assertThat(TextFolding.fold("Région préférée — 首选地区")).isEqualTo("region preferee — 首选地区");
        assertThat(TextFolding.fold("Île-de-France")).isEqualTo("ile-de-france");
        assertThat(TextFolding.fold("Loyalty TIER")).isEqualTo("loyalty tier");
    }

    @Test
    void nullAndEmptyFoldToEmpty() {
        assertThat(TextFolding.fold(null)).isEmpty();
        assertThat(TextFolding.fold("")).isEmpty();
    }
}
