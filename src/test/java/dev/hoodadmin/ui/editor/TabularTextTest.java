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
}
