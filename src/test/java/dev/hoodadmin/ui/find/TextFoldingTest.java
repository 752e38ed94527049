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

    @Test
    void findsFoldedTextAsTheFoldedCopyWould() {
        String[] texts = {"Loyalty TIER", "loyalty_tier", "Région préférée — 首选地区", "Île-de-France", "ISLAND",
                "Straße Øst", "", "a", "Tier", "TIERtier"};
        String[] needles = {"", "tier", "loyalty t", "region", "préf", "pref", "首选", "ile", "island", "ße", "øst",
                "x", "tiertier", "tierx", "a"};
        for (String text : texts) {
            for (String needle : needles) {
                String folded = TextFolding.fold(needle);
                assertThat(TextFolding.contains(text, folded)).as("'%s' contains '%s'", text, folded)
                        .isEqualTo(TextFolding.fold(text).contains(folded));
            }
        }
        assertThat(TextFolding.contains("Région", "region")).isTrue();
        assertThat(TextFolding.contains("LOYALTY_TIER", "tier")).isTrue();
    }
}
