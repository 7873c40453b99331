package dev.podium.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The certificate fonts (Noto Sans, OFL): their bytes are read once; parsed fonts are pooled. A parsed
 * {@link TrueTypeFont} reads its tables lazily from a shared buffer, so one must never serve two documents at the
 * same time: a renderer borrows a whole set, uses it for one document and gives it back. The pool grows to the
 * number of documents rendered at once and no further.
 */
final class CertificateFonts {

    /**
     * Regular text first, then the fallbacks tried in order for characters it lacks; the last (Droid Sans Fallback,
     * Apache 2.0) covers Chinese and Japanese names (Han, kana), which need no shaping; Korean Hangul is not in it. A face is embedded only when a
     * document uses it.
     */
    private static final List<String> REGULAR = List.of("NotoSans-Regular.ttf", "NotoSansArmenian-Regular.ttf",
            "NotoSansGeorgian-Regular.ttf", "DroidSansFallbackFull.ttf");
    private static final String BOLD = "NotoSans-Bold.ttf";

    private final List<byte[]> regularBytes;
    private final byte[] boldBytes;
    private final ConcurrentLinkedQueue<FontSet> pool = new ConcurrentLinkedQueue<>();

    CertificateFonts() {
        this.regularBytes = REGULAR.stream().map(CertificateFonts::read).toList();
        this.boldBytes = read(BOLD);
    }

    /** One document's fonts: the bold face and the regular faces, each with its character map. */
    static final class FontSet {
        final List<TrueTypeFont> regular;
        final List<CmapLookup> regularMaps;
        final TrueTypeFont bold;
        final CmapLookup boldMap;
        final float[] regularScale;
        final float boldScale;

        private FontSet(List<TrueTypeFont> regular, TrueTypeFont bold) throws IOException {
            this.regular = regular;
            List<CmapLookup> maps = new ArrayList<>();
            for (TrueTypeFont font : regular) {
                maps.add(font.getUnicodeCmapLookup());
            }
            this.regularMaps = maps;
            this.bold = bold;
            this.boldMap = bold.getUnicodeCmapLookup();
            this.regularScale = new float[regular.size()];
            for (int i = 0; i < regular.size(); i++) {
                regularScale[i] = 1000f / regular.get(i).getUnitsPerEm();
            }
            this.boldScale = 1000f / bold.getUnitsPerEm();
        }

        /** The advance of a text in a face, in PDF glyph space (1/1000 em), straight from its metrics. */
        float width(int face, String text) throws IOException {
            TrueTypeFont font = face == -1 ? bold : regular.get(face);
            CmapLookup map = face == -1 ? boldMap : regularMaps.get(face);
            float scale = face == -1 ? boldScale : regularScale[face];
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                width += font.getAdvanceWidth(map.getGlyphId(codePoint)) * scale;
            }
            return width;
        }
    }

    FontSet borrow() {
        FontSet set = pool.poll();
        if (set != null) {
            return set;
        }
        try {
            List<TrueTypeFont> regular = new ArrayList<>();
            for (byte[] bytes : regularBytes) {
                regular.add(parse(bytes));
            }
            return new FontSet(regular, parse(boldBytes));
        } catch (IOException e) {
            throw new UncheckedIOException("A certificate font cannot be read", e);
        }
    }

    void giveBack(FontSet set) {
        pool.offer(set);
    }

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // Without GSUB, PDFBox encodes text glyph by glyph instead of matching substitution rules with regular
        // expressions on every line (two thirds of the render time). The scripts these fonts cover need no
        // shaping; only optional ligatures and localised forms are lost, and copied text stays exactly the name.
        font.getTableMap().remove("GSUB");
        return font;
    }

    private static byte[] read(String name) {
        try (InputStream in = CertificateFonts.class.getResourceAsStream("/certificate/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
