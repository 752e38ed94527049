package dev.hoodadmin.ui.edits;

import dev.hoodadmin.api.UpdatableField;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldRulesTest {

    @Test
    void lengthLimitsFollowTheContractCountingCodePoints() {
        assertThat(FieldRules.problem(UpdatableField.EXAMPLE, "x".repeat(255))).isEmpty();
        assertThat(FieldRules.problem(UpdatableField.EXAMPLE, "x".repeat(256)))
                .contains("Example is too long: 256 characters, at most 255.");
        assertThat(FieldRules.problem(UpdatableField.DESCRIPTION, "🎉".repeat(2000))).as("2000 emoji").isEmpty();
        assertThat(FieldRules.problem(UpdatableField.DESCRIPTION, "x".repeat(2001))).isPresent();
        assertThat(FieldRules.problem(UpdatableField.EXPORT_ALIAS, "a".repeat(64))).isEmpty();
        assertThat(FieldRules.problem(UpdatableField.EXPORT_ALIAS, "a".repeat(65))).isPresent();
    }

    @Test
    void exportAliasTakesOnlyLettersDigitsAndUnderscores() {
        assertThat(FieldRules.problem(UpdatableField.EXPORT_ALIAS, "Region_2")).isEmpty();
        assertThat(FieldRules.problem(UpdatableField.EXPORT_ALIAS, "")).as("clearing it").isEmpty();
        for (String bad : new String[]{"region-2", "region 2", "régión", "a.b"}) {
            assertThat(FieldRules.problem(UpdatableField.EXPORT_ALIAS, bad)).as(bad).isPresent();
        }
    }

    @Test
    void flagsAreZeroOrOneAndSpreadsheetWordsAreUnderstood() {
        assertThat(FieldRules.problem(UpdatableField.PI_DATA, "1")).isEmpty();
        assertThat(FieldRules.problem(UpdatableField.PI_DATA, "0")).isEmpty();
        assertThat(FieldRules.problem(UpdatableField.PI_DATA, "yes")).contains("PI data must be 0 or 1 (no or yes).");
        assertThat(FieldRules.problem(UpdatableField.PI_DATA, null)).isPresent();
        assertThat(FieldRules.parseFlag(" TRUE ")).contains("1");
        assertThat(FieldRules.parseFlag("Yes")).contains("1");
        assertThat(FieldRules.parseFlag("no")).contains("0");
        assertThat(FieldRules.parseFlag("maybe")).isEmpty();
    }

    @Test
    void anEmptyAndAnAbsentTextAreTheSameForThePerson() {
        assertThat(FieldRules.isChange(UpdatableField.EXAMPLE, null, "")).isFalse();
        assertThat(FieldRules.isChange(UpdatableField.EXAMPLE, "a", "b")).isTrue();
        assertThat(FieldRules.isChange(UpdatableField.IMPORTABLE, null, "0")).isTrue();
    }
}
