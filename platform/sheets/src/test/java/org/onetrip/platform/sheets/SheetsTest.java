package org.onetrip.platform.sheets;

import org.junit.jupiter.api.Test;
import org.onetrip.platform.errors.ProblemException.FieldViolation;
import org.onetrip.platform.errors.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The spreadsheet reader every import uses: CSV and XLSX alike, every bad cell named by row and column at once. */
class SheetsTest {
    private enum Colour { RED, GREEN }

    private static final List<List<String>> ROWS = List.of(
            List.of("名称", "数量", "颜色", "可代办", "材料"),
            List.of("老年优待证核发", "3", "GREEN", "是", "M01|身份证\nM02|户口簿"),
            List.of("=1+1", "", "", "否", ""));

    @Test
    void csvAndXlsxCarryTheSameRowsBackAndForth() {
        for (SheetFormat format : SheetFormat.values()) {
            assertThat(format.rows(format.bytes(ROWS))).as(format.name()).isEqualTo(ROWS);
        }
        byte[] csv = SheetFormat.CSV.bytes(ROWS);
        assertThat(new String(csv, StandardCharsets.UTF_8)).as("a formula is written so no spreadsheet runs it").contains("'=1+1");
    }

    @Test
    void aRowIsReadByColumnNameAndEveryBadCellIsNamed() {
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> header = RowReader.header(ROWS, List.of("名称", "数量", "颜色", "可代办", "材料", "地点"), Set.of(), errors);
        assertThat(errors).extracting(FieldViolation::field).containsExactly("rows[1].地点");

        errors.clear();
        RowReader good = new RowReader(2, header, ROWS.get(1), errors);
        assertThat(good.text("名称")).isEqualTo("老年优待证核发");
        assertThat(good.integer("数量")).isEqualTo(3);
        assertThat(good.choice("颜色", Colour.class, Colour::name)).isEqualTo(Colour.GREEN);
        assertThat(good.yesNo("可代办")).isTrue();
        assertThat(good.entries("材料", 2)).extracting(e -> e[0] + ":" + e[1]).containsExactly("M01:身份证", "M02:户口簿");
        assertThat(errors).isEmpty();

        RowReader bad = new RowReader(3, header, List.of("x", "three", "BLUE", "也许", ""), errors);
        bad.integer("数量");
        bad.choice("颜色", Colour.class, Colour::name);
        bad.yesNo("可代办");
        assertThat(errors).extracting(FieldViolation::field).containsExactly("rows[3].数量", "rows[3].颜色", "rows[3].可代办");
    }

    @Test
    void aFormerLabelIsTakenAndNotedAsMapped() {
        List<FieldViolation> errors = new ArrayList<>();
        List<String> mapped = new ArrayList<>();
        RowReader row = new RowReader(2, Map.of("颜色", 0), List.of("红"), errors, mapped);
        assertThat(row.choice("颜色", Colour.class, Colour::name, c -> c == Colour.RED ? List.of("红") : List.of()))
                .isEqualTo(Colour.RED);
        assertThat(errors).isEmpty();
        assertThat(mapped).containsExactly("rows[2].颜色：红 → RED");
    }

    @Test
    void anUnbalancedQuoteNamesItsRowAndWhatIsNoSheetIsUnreadable() {
        byte[] broken = "名称,数量\r\n\"未闭合,3\r\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SheetFormat.CSV.rows(broken)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).singleElement().asString().startsWith("rows["));
        assertThatThrownBy(() -> SheetFormat.XLSX.rows("not a zip".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SheetFormat.ofMediaType("application/json")).isInstanceOf(ProblemException.class);
        assertThat(SheetFormat.ofMediaType("text/csv; charset=utf-8")).isEqualTo(SheetFormat.CSV);
    }
}
