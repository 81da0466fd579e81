package dev.wsladvisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordFormatTest {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaAreDefused() {
        for (String formula :
                new String[] {
                    "=1+1", "+cmd", "-2", "@SUM(A1)", "\tleading tab", "\rleading return"
                }) {
            assertThat(RecordFormat.cell(formula)).as(formula).contains("'" + formula.charAt(0));
        }
        assertThat(RecordFormat.cell("pc-001")).isEqualTo("pc-001");
    }

    @Test
    void cellsWithSeparatorsOrQuotesAreQuotedAsRfc4180Says() {
        assertThat(RecordFormat.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(RecordFormat.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RecordFormat.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(RecordFormat.cell("\rcr")).isEqualTo("\"'\rcr\"");
    }
}
