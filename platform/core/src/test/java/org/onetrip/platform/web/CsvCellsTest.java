package org.onetrip.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void aCellASpreadsheetWouldRunIsWrittenAsText() {
        for (String formula : new String[] {"=1+1", "+86 571", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertThat(CsvCells.neutralise(formula)).isEqualTo("'" + formula);
            assertThat(CsvCells.restore(CsvCells.neutralise(formula))).isEqualTo(formula);
        }
        assertThat(CsvCells.neutralise("老年优待证")).isEqualTo("老年优待证");
        assertThat(CsvCells.restore("'quoted")).isEqualTo("'quoted");
    }

    @Test
    void aLineQuotesWhatWouldSplitItAndNeutralisesEveryCell() {
        assertThat(CsvCells.line("部门, 甲", "=HYPERLINK(\"x\")", "8")).isEqualTo("\"部门, 甲\",\"'=HYPERLINK(\"\"x\"\")\",8\r\n");
    }
}
