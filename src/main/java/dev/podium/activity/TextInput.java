package dev.podium.activity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.jsoup.Jsoup;

/**
 * Text as the readers take it in: strict UTF-8 (bad bytes are reported, never replaced; a leading byte-order mark
 * is dropped), and a person's words cleaned the same way whatever the network (NFC, one kind of line break).
 */
final class TextInput {

    private TextInput() {
    }

    static Reader utf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 16384), 1);
        int first = reader.read();
        if (first >= 0 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** Reads a whole (small, size-limited) text. */
    static String readAll(InputStream in) throws IOException {
        try (Reader reader = utf8(in)) {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        }
    }

    /** NFC, so the same words typed on different devices compare equal; null stays null. */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A person's words: LF line breaks, NFC, stripped; null when nothing (or LinkedIn's {@code ""}) is left. */
    static String words(String raw) {
        if (raw == null) {
            return null;
        }
        String text = nfc(raw.replace("\r\n", "\n").replace('\r', '\n')).strip();
        return text.isEmpty() || text.equals("\"\"") ? null : text;
    }

    /** The visible text of an HTML fragment, stripped; never fetches anything the markup names. */
    static String htmlText(String html) {
        return Jsoup.parse(html).text().strip();
    }
}
