package dev.hoodadmin.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCsvWriterTest {

    private static String write(String... cells) throws Exception {
        StringBuilder out = new StringBuilder();
        SafeCsvWriter writer = new SafeCsvWriter(out);
        writer.writeRow(Arrays.asList(cells));
        writer.flush();
        return out.toString();
    }

    @Test
    void neutralisesEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx").stream().map(SafeCsvWriter::neutralise))
                .containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx");
        assertThat(List.of("plain", "a=b", "1-2", "", "'quoted").stream().map(SafeCsvWriter::neutralise))
                .containsExactly("plain", "a=b", "1-2", "", "'quoted");
    }

    @Test
    void quotesAsRfc4180SaysWithCrlfRowEnds() throws Exception {
        assertThat(write("a", "b,c", "say \"hi\"", "two\nlines", null))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void aFormulaWithACommaIsBothNeutralisedAndQuoted() throws Exception {
        assertThat(write("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n");
    }
}
