package org.onetrip.platform.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.onetrip.platform.errors.ProblemException;
import org.onetrip.platform.errors.ProblemKind;
import org.onetrip.platform.web.CsvCells;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A spreadsheet as rows of cells, read from and written to CSV (UTF-8) or XLSX (first sheet). */
public enum SheetFormat {
    CSV("text/csv", "csv") {
        @Override
        List<List<String>> read(byte[] bytes) throws IOException {
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<List<String>> rows = new ArrayList<>();
            try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
                while (it.hasNext()) {
                    rows.add(Stream.of(it.next()).map(CsvCells::restore).toList());
                }
            } catch (JsonProcessingException | RuntimeJsonMappingException e) {
                // An unbalanced quote and the like: name the row, say nothing of the parser. The iterator
                // wraps what the parser found; the row is where the parser stopped, or the one after the last read.
                JsonProcessingException parse = e instanceof JsonProcessingException p ? p
                        : e.getCause() instanceof JsonProcessingException p ? p : null;
                int line = parse == null || parse.getLocation() == null ? rows.size() + 1 : parse.getLocation().getLineNr();
                throw ProblemException.invalid(List.of(new ProblemException.FieldViolation("rows[" + line + "]", "import.csv-syntax")));
            }
            return rows;
        }

        @Override
        byte[] write(List<List<String>> rows) throws IOException {
            CsvMapper mapper = new CsvMapper();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // A byte-order mark, so that Excel opens the Chinese text as UTF-8.
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            mapper.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                    .writeValue(out, rows.stream().map(r -> r.stream().map(CsvCells::neutralise).toArray(String[]::new))
                            .toArray(String[][]::new));
            return out.toByteArray();
        }
    },
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx") {
        @Override
        List<List<String>> read(byte[] bytes) throws IOException {
            if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
                throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "import.format");
            }
            refuseBombs(bytes);
            List<List<String>> rows = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                 Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
                sheet.forEach(row -> {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(row.getCellAsString(i).orElse(""));
                    }
                    rows.add(cells);
                });
            }
            return rows;
        }

        @Override
        byte[] write(List<List<String>> rows) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "OneTrip", "1.0");
            Worksheet sheet = workbook.newWorksheet("目录");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
            workbook.finish();
            return out.toByteArray();
        }
    };

    /** More than any real catalogue unpacks to; a spreadsheet that inflates beyond it is a zip bomb. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private final String mediaType;
    private final String extension;

    /**
     * An XLSX is a zip: its parts are inflated here once, counting, and given up on as soon as they pass
     * {@link #MAX_INFLATED_BYTES}, so a few kilobytes that would unpack to gigabytes never reach the reader.
     */
    static void refuseBombs(byte[] zip) throws IOException {
        // ZipFile, not ZipInputStream: spreadsheet writers store parts with data descriptors, which only ZipFile reads.
        java.nio.file.Path file = java.nio.file.Files.createTempFile("onetrip-import-", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            long inflated = 0;
            byte[] buffer = new byte[64 * 1024];
            try (java.util.zip.ZipFile parts = new java.util.zip.ZipFile(file.toFile())) {
                for (var entries = parts.entries(); entries.hasMoreElements(); ) {
                    try (var in = parts.getInputStream(entries.nextElement())) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            inflated += n;
                            if (inflated > MAX_INFLATED_BYTES) {
                                throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "import.inflates-too-much",
                                        MAX_INFLATED_BYTES / 1024 / 1024);
                            }
                        }
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    SheetFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    abstract List<List<String>> read(byte[] bytes) throws IOException;

    abstract byte[] write(List<List<String>> rows) throws IOException;

    public List<List<String>> rows(byte[] bytes) {
        try {
            return read(bytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "import.unreadable", e.getMessage());
        }
    }

    public byte[] bytes(List<List<String>> rows) {
        try {
            return write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SheetFormat ofMediaType(String mediaType) {
        for (SheetFormat format : values()) {
            if (mediaType != null && mediaType.toLowerCase().startsWith(format.mediaType)) {
                return format;
            }
        }
        throw new ProblemException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "import.format");
    }
}
