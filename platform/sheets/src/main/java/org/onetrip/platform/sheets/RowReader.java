package org.onetrip.platform.sheets;

import org.onetrip.platform.errors.ProblemException.FieldViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the cells of one spreadsheet row by column name, noting every bad value instead of stopping
 * at the first, so one answer names them all. Errors are named {@code rows[N].column}, N being the
 * row number the spreadsheet shows (the header is row 1).
 */
public final class RowReader {
    /** Entries of a list cell are separated by line breaks, an entry's fields by a vertical bar. */
    public static final String ENTRY_SEPARATOR = "\n";
    public static final String FIELD_SEPARATOR = "|";

    private final int rowNumber;
    private final Map<String, Integer> header;
    private final List<String> cells;
    private final List<FieldViolation> errors;
    private final List<String> mapped;

    public RowReader(int rowNumber, Map<String, Integer> header, List<String> cells, List<FieldViolation> errors) {
        this(rowNumber, header, cells, errors, new ArrayList<>());
    }

    /** @param mapped where a value given by a former label is noted, as the import's answer says it */
    public RowReader(int rowNumber, Map<String, Integer> header, List<String> cells, List<FieldViolation> errors,
                     List<String> mapped) {
        this.rowNumber = rowNumber;
        this.header = header;
        this.cells = cells;
        this.errors = errors;
        this.mapped = mapped;
    }

    /**
     * The columns of a sheet by name, from its first row; each expected column that is missing and not optional is an
     * error of row 1.
     */
    public static Map<String, Integer> header(List<List<String>> rows, List<String> columns, java.util.Set<String> optional,
                                              List<FieldViolation> errors) {
        Map<String, Integer> header = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            List<String> first = rows.get(0);
            for (int i = 0; i < first.size(); i++) {
                header.put(first.get(i).strip(), i);
            }
        }
        for (String column : columns) {
            if (!header.containsKey(column) && !optional.contains(column)) {
                errors.add(new FieldViolation("rows[1]." + column, "import.header", column));
            }
        }
        return header;
    }

    public String field(String column) {
        return "rows[" + rowNumber + "]." + column;
    }

    public void error(String column, String messageKey, Object... arguments) {
        errors.add(new FieldViolation(field(column), messageKey, arguments));
    }

    /** Notes that a cell's value was taken as another, as the import's answer lists it. */
    public void mapped(String column, String value, String takenAs) {
        mapped.add(field(column) + "：" + value + " → " + takenAs);
    }

    /** The trimmed text of a cell, or null when it is empty. */
    public String text(String column) {
        Integer index = header.get(column);
        if (index == null || index >= cells.size()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            error(column, "import.value", value);
            return null;
        }
    }

    public boolean yesNo(String column) {
        String value = text(column);
        if (value == null || value.equals("否") || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equals("是") || value.equalsIgnoreCase("true")) {
            return true;
        }
        error(column, "import.value", value);
        return false;
    }

    /** An enum constant given by its Chinese label or its name. */
    public <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label) {
        String value = text(column);
        return value == null ? null : choice(column, type, label, value);
    }

    public <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label, String value) {
        return choice(column, type, label, constant -> List.of(), value);
    }

    /**
     * An enum constant given by its Chinese label, its name, or a label it had before ({@code formerLabels}: a
     * vocabulary renamed since an older sheet was made); a former label is noted as mapped.
     */
    public <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label,
                                        Function<E, List<String>> formerLabels) {
        String value = text(column);
        return value == null ? null : choice(column, type, label, formerLabels, value);
    }

    private <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label,
                                         Function<E, List<String>> formerLabels, String value) {
        for (E constant : type.getEnumConstants()) {
            if (label.apply(constant).equals(value) || constant.name().equals(value)) {
                return constant;
            }
        }
        for (E constant : type.getEnumConstants()) {
            if (formerLabels.apply(constant).contains(value)) {
                mapped(column, value, label.apply(constant));
                return constant;
            }
        }
        error(column, "import.choice", value, String.join("、", Arrays.stream(type.getEnumConstants()).map(label).toList()));
        return null;
    }

    /** The entries of a list cell, each split into exactly {@code fields} fields (missing ones empty). */
    public List<String[]> entries(String column, int fields) {
        String value = text(column);
        List<String[]> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        for (String line : value.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length > fields) {
                error(column, "import.entry-fields", line, fields);
                continue;
            }
            String[] entry = new String[fields];
            for (int i = 0; i < fields; i++) {
                entry[i] = i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
            }
            entries.add(entry);
        }
        return entries;
    }

    public Integer integer(String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            error(column, "import.value", value);
            return null;
        }
    }
}
