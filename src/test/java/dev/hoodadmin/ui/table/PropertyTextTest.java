package dev.hoodadmin.ui.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyTextTest {

    @Test
    void flagsReadYesOrNoAndUnknownStaysEmpty() {
        assertThat(PropertyText.flag(true)).isEqualTo("Yes");
        assertThat(PropertyText.flag(false)).isEqualTo("No");
        assertThat(PropertyText.flag(null)).isEmpty();
    }

    @Test
    void aliasesAreJoinedKeepingRepeats() {
        assertThat(PropertyText.aliases(List.of("region", "area", "region"))).isEqualTo("region, area, region");
        assertThat(PropertyText.aliases(List.of())).isEmpty();
    }

    @Test
    void lineBreaksBecomeSingleSpaces() {
        assertThat(PropertyText.singleLine("  first line\r\n\n  second\nthird ")).isEqualTo("first line second third");
        assertThat(PropertyText.singleLine(null)).isEmpty();
        // every break \\R knows, not only \\n and \\r; text without one is only stripped
        assertThat(PropertyText.singleLine("a\u2028b\u0085c\u000Bd\fe\u2029 f")).isEqualTo("a b c d e f");
        assertThat(PropertyText.singleLine("  one\tline  ")).isEqualTo("one\tline");
    }
}
