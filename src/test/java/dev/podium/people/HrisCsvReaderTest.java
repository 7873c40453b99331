package dev.podium.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HrisCsvReaderTest {

    @Test
    void a_semicolon_file_with_a_byte_order_mark_and_crlf_reads_with_line_numbers() {
        HrisFile file = read(("\uFEFFMedarbejder-id;E-mail;Fornavn;Efternavn;Land\r\n"
                + "7;a@example.org;Åse;Ørsted;DK\r\n\r\n"
                + "8;b@example.org;\"Bo\nBent\";Berg;DK\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(file.delimiter()).isEqualTo(';');
        assertThat(file.headers()).containsExactly("Medarbejder-id", "E-mail", "Fornavn", "Efternavn", "Land");
        assertThat(file.rows()).extracting(HrisFile.Row::line).containsExactly(2, 4);
        assertThat(file.rows().getFirst().values()).containsExactly("7", "a@example.org", "Åse", "Ørsted", "DK");
    }

    @Test
    void bytes_that_are_not_utf8_are_read_as_windows_1252() {
        byte[] bytes = "Employee ID,First name\n1,Søren\n".getBytes(Charset.forName("windows-1252"));

        assertThat(read(bytes).rows().getFirst().values()).containsExactly("1", "Søren");
    }

    @Test
    void the_mapping_is_guessed_from_english_and_danish_header_names() {
        HrisMapping mapping = HrisMapping.guess(List.of("Medarbejdernummer", "E-Mail ", "First_Name", "Efternavn",
                "Afdeling", "Country code", "Manager e-mail", "Sprog", "Fratrædelsesdato", "Something else"));

        assertThat(mapping.columns()).containsEntry(HrisField.EXTERNAL_ID, 0).containsEntry(HrisField.EMAIL, 1)
                .containsEntry(HrisField.FIRST_NAME, 2).containsEntry(HrisField.LAST_NAME, 3)
                .containsEntry(HrisField.DEPARTMENT, 4).containsEntry(HrisField.COUNTRY, 5)
                .containsEntry(HrisField.MANAGER_EMAIL, 6).containsEntry(HrisField.LANGUAGE, 7)
                .containsEntry(HrisField.END_DATE, 8).doesNotContainKey(HrisField.MANAGER_ID);
        assertThat(mapping.fullExport()).as("deactivating people missing from a file is HR's explicit choice")
                .isFalse();
    }

    @Test
    void an_empty_file_or_one_over_the_limit_is_refused_with_a_reason() {
        assertThatThrownBy(() -> read("Employee ID,E-mail\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeopleRuleViolation.class).hasMessageContaining("hris.error.empty");
        assertThatThrownBy(() -> HrisCsvReader.read("big.csv", new ByteArrayInputStream(new byte[101]), 100))
                .isInstanceOf(PeopleRuleViolation.class).hasMessageContaining("hris.error.too-large");
    }

    private static HrisFile read(byte[] bytes) {
        return HrisCsvReader.read("people.csv", new ByteArrayInputStream(bytes), 1_000_000);
    }

    @Test
    void a_hostile_50_mb_line_of_separators_is_refused_with_a_message_naming_the_line() {
        byte[] hostile = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(hostile, (byte) ';');
        System.arraycopy("Employee ID;E-mail\n".getBytes(StandardCharsets.UTF_8), 0, hostile, 0, 19);

        assertThatThrownBy(() -> HrisCsvReader.read("hostile.csv", new ByteArrayInputStream(hostile),
                hostile.length)).isInstanceOfSatisfying(PeopleRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("hris.error.too-many-columns");
                    assertThat(violation.arguments()).containsExactly(2, HrisCsvReader.MAX_COLUMNS);
                });
    }

    @Test
    void an_overlong_value_or_a_quote_never_closed_is_refused_naming_its_line() {
        String longValue = "x".repeat(HrisCsvReader.MAX_FIELD_CHARACTERS + 1);
        assertThatThrownBy(() -> read(("Employee ID,E-mail\n1,a@example.org\n2," + longValue + "\n")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOfSatisfying(PeopleRuleViolation.class, violation -> {
                    assertThat(violation.messageKey()).isEqualTo("hris.error.field-too-long");
                    assertThat(violation.arguments()).containsExactly(3, HrisCsvReader.MAX_FIELD_CHARACTERS);
                });
        String unclosed = "Employee ID,E-mail\n1,\"a@example.org\n" + "2,b@example.org\n".repeat(100);
        assertThatThrownBy(() -> read(unclosed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PeopleRuleViolation.class).hasMessageContaining("hris.error.field-too-long");
    }

    @Test
    void the_bounds_stop_the_reading_of_an_endless_line_instead_of_reading_it_all() {
        // a line that never ends: only a reader that stops at the bound gets to the assertion
        java.io.Reader endless = new java.io.Reader() {
            long handedOut;

            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, ',');
                handedOut += length;
                return length;
            }

            @Override
            public void close() {
            }
        };
        BoundedCsvReader bounded = new BoundedCsvReader(endless, ',', HrisCsvReader.MAX_FIELD_CHARACTERS,
                HrisCsvReader.MAX_COLUMNS);
        assertThatThrownBy(() -> {
            char[] buffer = new char[1];
            while (bounded.read(buffer, 0, 1) >= 0) {
                // keep reading
            }
        }).isInstanceOf(BoundedCsvReader.LineTooWide.class);
    }

    @Test
    void ordinary_wide_lines_and_long_quoted_values_within_the_bounds_read_as_before() {
        String header = String.join(",", java.util.Collections.nCopies(HrisCsvReader.MAX_COLUMNS, "Column"));
        String quoted = "\"" + "a,b\"\"c".repeat(100) + "\"";
        HrisFile file = read((header + "\n" + quoted + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(file.headers()).hasSize(HrisCsvReader.MAX_COLUMNS);
        assertThat(file.rows().getFirst().values().getFirst()).hasSize(500).startsWith("a,b\"c");
    }
}
