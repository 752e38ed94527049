package dev.hoodadmin.cli;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditsCsvReaderTest {

    private static List<CsvRow> parse(String text) throws CsvFormatException {
        return EditsCsvReader.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsQuotedValuesDoubledQuotesCommasAndLineBreaksWithTheLineEachRowStartsOn() throws Exception {
        List<CsvRow> rows = parse("id,field,value\r\n"
                + "1,description,\"two\r\nlines, and \"\"quotes\"\"\"\r\n"
                + "2,example,plain\r\n");

        assertThat(rows).containsExactly(
                new CsvRow(2, "1", "description", "two\r\nlines, and \"quotes\""),
                new CsvRow(4, "2", "example", "plain"));
    }

    @Test
    void keepsValuesExactlyAsWrittenIncludingSpacesAndEmptyValues() throws Exception {
        assertThat(parse("id,field,value\n1,example,  padded  \n2,description,\n"))
                .extracting(CsvRow::value).containsExactly("  padded  ", "");
    }

    @Test
    void acceptsTheHeaderInAnyOrderAByteOrderMarkAndBlankLines() throws Exception {
        List<CsvRow> rows = parse("\uFEFFvalue,id,field\n\nhello,7,example\n\n");

        assertThat(rows).containsExactly(new CsvRow(3, "7", "example", "hello"));
    }

    @Test
    void aQuoteThatIsNeverClosedIsReportedAtTheLineItOpensOn() {
        assertThatThrownBy(() -> parse("id,field,value\n1,example,ok\n2,example,\"open\n3,example,x\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessage("line 3: a quoted value is never closed (missing \")");
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        assertThatThrownBy(() -> parse("id,field,value\n1,example,\"a\"b\n"))
                .hasMessageStartingWith("line 2: text follows a closing quote");
    }

    @Test
    void aRowWithTooFewOrTooManyValuesIsAnError() {
        assertThatThrownBy(() -> parse("id,field,value\n1,example\n")).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 2: expected 3 values (id,field,value) but found 2");
        assertThatThrownBy(() -> parse("id,field,value\n1,example,ok\n\n1,example,a,b\n"))
                .hasMessageStartingWith("line 4: expected 3 values");
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsAnError() {
        assertThatThrownBy(() -> parse("property,field,value\n1,example,x\n"))
                .hasMessage("line 1: the header must be id,field,value but is property,field,value");
        assertThatThrownBy(() -> parse("")).hasMessageStartingWith("line 1: the file is empty");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirLine() {
        byte[] latin1 = "id,field,value\n1,example,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> EditsCsvReader.parse(latin1)).isInstanceOf(CsvFormatException.class)
                .hasMessageStartingWith("line 2: the file is not UTF-8");
    }
}
