package dev.podium.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the employee's and coach's audit views show what an export says. */
class AuditTextsTest {

    @Test
    void an_exports_placeholders_read_as_the_names_and_addresses_they_hold() {
        assertThat(AuditTexts.readable("[COMPANY:https://podium.example]")).isEqualTo("https://podium.example");
        assertThat(AuditTexts.readable("[COMPANY:https://a.example],[PERSONAL:https://b.example]"))
                .isEqualTo("https://a.example, https://b.example");
        assertThat(AuditTexts.readable("[COMPANY:…]")).isEqualTo("–");
        assertThat(AuditTexts.readable("[COMPANY:]")).isEqualTo("–");
    }

    @Test
    void ordinary_text_with_brackets_is_left_alone() {
        assertThat(AuditTexts.readable("Podium Bank [Nordics]")).isEqualTo("Podium Bank [Nordics]");
        assertThat(AuditTexts.readable("Data $1 privacy \\ 2")).isEqualTo("Data $1 privacy \\ 2");
    }
}
