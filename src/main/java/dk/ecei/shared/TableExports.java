package dk.ecei.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes tables as CSV (UTF-8 with a byte order mark, so Excel opens Danish letters correctly; RFC 4180 quoting) or as
 * an Excel workbook with one sheet per table, and answers a request in the format it asks for: {@code json} (the
 * default, stable codes), {@code csv} or {@code xlsx} (both in the reader's language, see {@link ExportTexts}).
 */
public final class TableExports {

    /** Exports show moments in Danish time, like the pages. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExports() {
    }

    /**
     * The body as JSON, or its tables as a CSV file (only a single table) or a workbook. An unknown format is a 400.
     */
    public static ResponseEntity<?> respond(String format, String fileName, Object json, Supplier<List<Table>> tables,
            ExportTexts.Reader texts) {
        String f = format == null ? "json" : format.toLowerCase(Locale.ROOT);
        return switch (f) {
            case "json" -> ResponseEntity.ok(json);
            case "csv" -> {
                List<Table> all = tables.get();
                byte[] csv = csv(all.get(0), texts);
                yield file(csv, CSV, fileName + ".csv");
            }
            case "xlsx" -> file(xlsx(tables.get(), texts), XLSX, fileName + ".xlsx");
            default -> throw new InvalidFieldException("format", "input.format", format);
        };
    }

    public static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }

    public static byte[] csv(Table table, ExportTexts.Reader texts) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns().stream().map(texts::column).toList(), texts);
        for (List<Object> row : table.rows()) {
            List<Object> cells = new java.util.ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                cells.add(texts.value(table.columns().get(c), row.get(c)));
            }
            line(out, cells, texts);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static void line(StringBuilder out, List<?> values, ExportTexts.Reader texts) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(texts.separator());
            }
            out.append(quote(values.get(i), texts));
        }
        out.append("\r\n");
    }

    private static String quote(Object value, ExportTexts.Reader texts) {
        if (value == null) {
            return "";
        }
        String s = texts.text(value);
        // A leading =, +, - or @ would make a spreadsheet run the cell as a formula (CSV injection).
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.indexOf(texts.separator()) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** One sheet per table, header row in bold, numbers as numbers and dates as dates. */
    public static byte[] xlsx(List<Table> tables, ExportTexts.Reader texts) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(texts.dateFormat()));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(texts.dateTimeFormat()));
            Set<String> used = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(sheetName(texts.sheet(table.name()), used));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(texts.column(table.columns().get(c)));
                    cell.setCellStyle(header);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        write(row.createCell(c), texts.value(table.columns().get(c), values.get(c)), date, dateTime);
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof java.time.Instant i) {
            cell.setCellValue(LocalDateTime.ofInstant(i, DANISH_TIME));
            cell.setCellStyle(dateTime);
        } else if (value instanceof Temporal t) {
            cell.setCellValue(t.toString());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel sheet names: at most 31 characters, no []:*?/\ and unique in the workbook. */
    private static String sheetName(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet" : name);
        String candidate = base;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
