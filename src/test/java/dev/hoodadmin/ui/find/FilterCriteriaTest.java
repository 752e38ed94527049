package dev.hoodadmin.ui.find;

import dev.hoodadmin.api.ProfileProperty;
import org.junit.jupiter.api.Test;

import static dev.hoodadmin.ui.find.FlagChoice.ANY;
import static dev.hoodadmin.ui.find.FlagChoice.NO;
import static dev.hoodadmin.ui.find.FlagChoice.YES;
import static org.assertj.core.api.Assertions.assertThat;

class FilterCriteriaTest {
    private final ProfileProperty region = Rows.row("1", "preferred_region", "Région préférée", "Where they like to shop",
            "text", true, false, true, false);
    private final ProfileProperty system = Rows.row("2", "email", "Email", "Primary address", "email",
            false, true, false, true);
    private final ProfileProperty unknown = new ProfileProperty("3", null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    private static FilterCriteria text(String text) {
        return new FilterCriteria(text, KindChoice.ALL, "", ANY, ANY, ANY);
    }

    @Test
    void textMatchesTargetLabelOrDescriptionIgnoringCaseAndAccents() {
        assertThat(text("PREFERRED_").test(region)).as("target").isTrue();
        assertThat(text("region pref").test(region)).as("label without accents").isTrue();
        assertThat(text("like TO shop").test(region)).as("description").isTrue();
        assertThat(text("  email ").test(system)).as("surrounding spaces ignored").isTrue();
        assertThat(text("address").test(region)).isFalse();
        assertThat(text("x").test(unknown)).as("missing fields never match text").isFalse();
    }

    @Test
    void quickFiltersCombineWithEachOtherAndWithTheText() {
        FilterCriteria customPiText = new FilterCriteria("region", KindChoice.CUSTOM, "text", YES, YES, NO);
        FilterCriteria systemOnly = new FilterCriteria("", KindChoice.SYSTEM, "", ANY, ANY, ANY);
        FilterCriteria exportableYes = new FilterCriteria("", KindChoice.ALL, "", ANY, ANY, YES);

        assertThat(customPiText.test(region)).isTrue();
        assertThat(customPiText.test(system)).isFalse();
        assertThat(new FilterCriteria("region", KindChoice.CUSTOM, "number", ANY, ANY, ANY).test(region))
                .as("other data type").isFalse();
        assertThat(systemOnly.test(system)).isTrue();
        assertThat(systemOnly.test(region)).isFalse();
        assertThat(exportableYes.test(system)).isTrue();
        assertThat(exportableYes.test(region)).isFalse();
    }

    @Test
    void anUnknownFlagMatchesOnlyAnyAndAMissingSystemFlagCountsAsCustom() {
        assertThat(new FilterCriteria("", KindChoice.ALL, "", NO, ANY, ANY).test(unknown)).isFalse();
        assertThat(new FilterCriteria("", KindChoice.ALL, "", YES, ANY, ANY).test(unknown)).isFalse();
        assertThat(new FilterCriteria("", KindChoice.CUSTOM, "", ANY, ANY, ANY).test(unknown)).isTrue();
        assertThat(FilterCriteria.NONE.test(unknown)).isTrue();
    }

    @Test
    void onlyTheDefaultsMatchEverything() {
        assertThat(FilterCriteria.NONE.matchesEverything()).isTrue();
        assertThat(text("   ").matchesEverything()).isTrue();
        assertThat(text("a").matchesEverything()).isFalse();
        assertThat(new FilterCriteria("", KindChoice.ALL, "text", ANY, ANY, ANY).matchesEverything()).isFalse();
        assertThat(new FilterCriteria("", KindChoice.ALL, "", ANY, NO, ANY).matchesEverything()).isFalse();
    }
}
