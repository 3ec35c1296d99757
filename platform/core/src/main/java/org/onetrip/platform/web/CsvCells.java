package org.onetrip.platform.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Cells of the CSV files OneTrip hands out. A cell a spreadsheet would run as a formula (one that starts
 * with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, as OWASP
 * advises against CSV injection; {@link #restore} takes it off again when such a file is imported.
 */
public final class CsvCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    public static String neutralise(String cell) {
        return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** What {@link #neutralise} was given. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** One CSV line (RFC 4180 quoting, CRLF), every cell neutralised. */
    public static String line(String... cells) {
        return List.of(cells).stream().map(CsvCells::neutralise).map(CsvCells::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        String text = cell == null ? "" : cell;
        return text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
