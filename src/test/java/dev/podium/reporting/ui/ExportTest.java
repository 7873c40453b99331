package dev.podium.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ExportTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"https://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    @Test
    void csv_cells_that_a_spreadsheet_would_evaluate_start_with_an_apostrophe() throws IOException {
        List<CSVRecord> records = csvOf(HOSTILE.stream().map(name -> List.<Object>of(name, 3)).toList());
        List<String> names = records.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(names).hasSize(HOSTILE.size()).allSatisfy(name -> assertThat(name).startsWith("'"));
        assertThat(names).containsExactly("'=HYPERLINK(\"https://evil.example\",\"click\")",
                "'+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1+1)*cmd|' /C calc'!A0", "'\t'=1+1", "'\r'=1+1");
    }

    @Test
    void a_formula_after_any_separator_inside_a_cell_is_neutralised_too() throws IOException {
        // Danish and German Excel split on ';': the second half would start a formula
        List<CSVRecord> records = csvOf(List.of(List.of("Dept;=cmd|' /C calc'!A0", 1),
                List.of("Sales, +SUM(A1)", 2), List.of("a|@x\tb\t-1", 3), List.of("Line\n=2+2", 4)));
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList()).containsExactly(
                "Dept;'=cmd|' /C calc'!A0", "Sales, '+SUM(A1)", "a|'@x\tb\t'-1", "Line\n'=2+2");
    }

    @Test
    void every_cell_is_quoted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.csv(new Export.Table("t", List.of("Name", "Courses"), List.of(List.of("Ann", 3))), out);
        assertThat(out.toString(StandardCharsets.UTF_8).substring(1))
                .isEqualTo("\"Name\",\"Courses\"\r\n\"Ann\",\"3\"\r\n");
    }

    @Test
    void ordinary_text_numbers_and_dates_are_written_as_they_are() throws IOException {
        List<CSVRecord> records = csvOf(List.of(List.of("Åse Ørsted, \"Sales\"", -4, LocalDate.of(2026, 3, 1))));
        assertThat(records.get(1).toList()).containsExactly("Åse Ørsted, \"Sales\"", "-4", "2026-03-01");
    }

    @Test
    void headers_are_neutralised_too() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.csv(new Export.Table("t", List.of("=cmd", "Name"), List.of()), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("'=cmd");
    }

    @Test
    void xlsx_writes_hostile_names_as_text_cells_never_as_formulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<Object>> rows = new ArrayList<>();
        HOSTILE.forEach(name -> rows.add(List.of(name, 7)));
        Export.xlsx(new Export.Table("People", List.of("Name", "Courses"), rows), out);
        String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ").contains("t=\"s\"");
        assertThat(entry(out.toByteArray(), "xl/sharedStrings.xml")).contains("HYPERLINK").contains("@SUM");
    }

    private static List<CSVRecord> csvOf(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Export.csv(new Export.Table("t", List.of("Name", "Courses", "Date"), rows), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private static String entry(byte[] zip, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                return new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
