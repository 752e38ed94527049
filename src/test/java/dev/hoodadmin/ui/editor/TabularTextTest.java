package dev.hoodadmin.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TabularTextTest {

    @Test
    void rowsAndCellsAsSpreadsheetsCopyThem() {
        assertThat(TabularText.parse("a\tb\r\nc\td\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(TabularText.parse("single")).containsExactly(List.of("single"));
        assertThat(TabularText.parse("a\t\tc\n")).containsExactly(List.of("a", "", "c"));
        assertThat(TabularText.parse("")).isEmpty();
    }

    @Test
    void quotedCellsKeepTheirLineBreaksTabsAndQuotes() {
        assertThat(TabularText.parse("\"two\nlines\"\t\"say \"\"hi\"\"\"\n\"a\tb\""))
                .containsExactly(List.of("two\nlines", "say \"hi\""), List.of("a\tb"));
    }

    @Test
    void rowsMayDifferInLengthAndBlankRowsAndTrailingTabsCount() {
        assertThat(TabularText.parse("a\tb\tc\n\nd\t\n")).containsExactly(List.of("a", "b", "c"), List.of(""), List.of("d", ""));
        assertThat(TabularText.parse("a\rb\r")).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void spacesAndCommentLikeTextAreKeptAsTyped() {
        assertThat(TabularText.parse(" x \t# y\n")).containsExactly(List.of(" x ", "# y"));
    }

    @Test
    void strayQuotesAreTextNotErrors() {
        assertThat(TabularText.parse("ab\"c\t\"\"")).containsExactly(List.of("ab\"c", ""));
        assertThat(TabularText.parse("\"ab\"cd\tx")).containsExactly(List.of("abcd", "x"));
        assertThat(TabularText.parse("\"never closed\tx\ny")).containsExactly(List.of("never closed\tx\ny"));
    }
}
