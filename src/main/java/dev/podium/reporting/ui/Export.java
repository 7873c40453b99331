package dev.podium.reporting.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table as CSV or XLSX while it streams from the service (rows are never all in memory). CSV follows
 * OWASP's rule against formula injection: every cell is quoted, a cell starting with {@code = + - @}, tab, CR or LF
 * gets a leading {@code '}, and so does every formula start after a separator inside a cell ({@code ,} {@code ;}
 * tab, line break, {@code |}), since Danish and German Excel split on {@code ;} and a cell like
 * {@code Dept;=cmd|'…'!A0} would otherwise become a formula. XLSX cells are written as text cells, which
 * spreadsheets never evaluate.
 */
final class Export {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A separator a spreadsheet may split on, optional spaces, then a formula start. */
    private static final Pattern FORMULA_AFTER_SEPARATOR = Pattern.compile("([,;\\t\\r\\n|][ ]*)([=+\\-@\\t\\r\\n])");

    private Export() {
    }

    /** A header row and the rows, each a list of String, Number, LocalDate, Instant, Boolean or null. */
    record Table(String name, List<String> headers, Iterable<List<Object>> rows) {
    }

    static void csv(Table table, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat everyCellQuoted = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
        try (CSVPrinter printer = new CSVPrinter(writer, everyCellQuoted)) {
            printer.printRecord(table.headers().stream().map(Export::neutralise).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(Export::csvCell).toList());
            }
            printer.flush();
        }
    }

    static void xlsx(Table table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Podium", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.value(0, c, table.headers().get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        Iterator<List<Object>> rows = table.rows().iterator();
        while (rows.hasNext()) {
            List<Object> row = rows.next();
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                switch (value) {
                    case null -> { }
                    case Number number -> sheet.value(r, c, number);
                    case Boolean flag -> sheet.value(r, c, flag);
                    case LocalDate date -> {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("yyyy-mm-dd").set();
                    }
                    case Instant instant -> {
                        sheet.value(r, c, instant);
                        sheet.style(r, c).format("yyyy-mm-dd hh:mm").set();
                    }
                    default -> sheet.value(r, c, value.toString());
                }
            }
            if (++r % 1_000 == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    /** The text a spreadsheet shows as it is, never as a formula. */
    static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String inside = FORMULA_AFTER_SEPARATOR.matcher(text).replaceAll("$1'$2");
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\n' ? "'" + inside : inside;
    }

    private static Object csvCell(Object value) {
        return switch (value) {
            case null -> "";
            case Number number -> number;
            case Instant instant -> instant.toString();
            default -> neutralise(value.toString());
        };
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return clean.isEmpty() ? "Podium" : clean.substring(0, Math.min(31, clean.length()));
    }
}
