package dev.podium.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Draws a one-page certificate: tagged (structure tree with a heading and paragraphs, language, title shown by
 * viewers), with selectable text in embedded font subsets and the QR code as vector squares. Names are set run by
 * run in the first font that has the glyphs; a character no font has is printed as {@code ?} (the full name stays
 * in the document's metadata), so no name ever stops a certificate. Thread-safe: each call builds its own document
 * with fonts borrowed from the pool.
 */
final class CertificatePdf {

    private static final float MARGIN = 48;
    private static final char MISSING = '?';

    private final CertificateFonts fonts;

    CertificatePdf(CertificateFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The texts of a certificate, already translated into its language.
     *
     * @param expiry the "valid until …" line, or null
     */
    record Content(String documentTitle, String heading, String intro, String employeeName, String completed,
            String achievementTitle, String issued, String expiry, String issuer, String verifyLine, String code,
            String verifyUrl, String languageTag, PaperSize paper) {
    }

    byte[] render(Content content) {
        CertificateFonts.FontSet set = fonts.borrow();
        try (PDDocument document = new PDDocument()) {
            Fonts loaded = new Fonts(document, set);
            PDRectangle size = content.paper() == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
            PDPage page = new PDPage(size);
            document.addPage(page);
            Tags tags = new Tags(document, page, content);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float width = size.getWidth();
                float height = size.getHeight();
                tags.artifact(out, () -> frame(out, width, height));
                float y = height - 150;
                tags.text(out, StandardStructureTypes.H1, () -> centred(out, loaded, content.heading(), true, 30,
                        width, height - 140));
                y -= 70;
                float intro = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.intro(), false, 14, width,
                        intro));
                y -= 52;
                float name = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.employeeName(), true, 28,
                        width, name));
                y -= 44;
                float completed = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.completed(), false, 14,
                        width, completed));
                y -= 40;
                float title = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.achievementTitle(), true,
                        22, width, title));
                y -= 60;
                float issued = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.issued(), false, 12,
                        width, issued));
                if (content.expiry() != null) {
                    y -= 20;
                    float expiry = y;
                    tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.expiry(), false, 12,
                            width, expiry));
                }
                y -= 34;
                float issuer = y;
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.issuer(), true, 14, width,
                        issuer));
                float qrSize = 110;
                // a scanner needs four empty modules around the code (ISO/IEC 18004 quiet zone): the text below starts
                // ~7 pt above its baseline, so the code sits well clear of it (fails about 1 in 100 otherwise)
                float qrBottom = MARGIN + 90;
                tags.figure(out, content.verifyLine(), () -> qr(out, content.verifyUrl(), (width - qrSize) / 2,
                        qrBottom, qrSize));
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.verifyLine(), false, 9,
                        width, MARGIN + 48));
                tags.text(out, StandardStructureTypes.P, () -> centred(out, loaded, content.verifyUrl(), false, 9,
                        width, MARGIN + 34));
            }
            tags.finish();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate PDF could not be built", e);
        } finally {
            fonts.giveBack(set);
        }
    }

    private interface Drawing {
        void draw() throws IOException;
    }

    private static void frame(PDPageContentStream out, float width, float height) throws IOException {
        out.setStrokingColor(0.16f, 0.33f, 0.55f);
        out.setLineWidth(3);
        out.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, height - MARGIN);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(MARGIN / 2 + 8, MARGIN / 2 + 8, width - MARGIN - 16, height - MARGIN - 16);
        out.stroke();
    }

    /** One line centred on the page, shrunk to fit between the margins. */
    private static void centred(PDPageContentStream out, Fonts fonts, String text, boolean bold, float fontSize,
            float pageWidth, float y) throws IOException {
        List<Run> runs = fonts.runs(text == null ? "" : text, bold);
        float size = fontSize;
        float available = pageWidth - 2 * MARGIN - 24;
        float width = fonts.width(runs, size);
        if (width > available) {
            size = Math.max(6, size * available / width);
            width = fonts.width(runs, size);
        }
        out.setNonStrokingColor(0.1f, 0.1f, 0.12f);
        out.beginText();
        out.newLineAtOffset((pageWidth - width) / 2, y);
        for (Run run : runs) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }

    /**
     * The code for the address, checked with a reader. For about one address in a hundred, the mask the encoder
     * prefers yields a code whose finder patterns ZXing's own detector cannot find (seen in tests); then the other
     * masks are tried until one reads back, as some scanners would otherwise fail too.
     */
    static BitMatrix readableQr(String url) {
        BitMatrix preferred = encodeQr(url, null);
        if (readsBack(preferred, url)) {
            return preferred;
        }
        for (int mask = 0; mask < 8; mask++) {
            BitMatrix other = encodeQr(url, mask);
            if (readsBack(other, url)) {
                return other;
            }
        }
        return preferred;
    }

    private static BitMatrix encodeQr(String url, Integer mask) {
        Map<EncodeHintType, Object> hints = new java.util.EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("The verify address does not fit a QR code: " + url, e);
        }
    }

    /** Draws the code at 4 pixels a module with the standard quiet zone and reads it like a camera image. */
    private static boolean readsBack(BitMatrix matrix, String url) {
        int scale = 4;
        int quiet = 4 * scale;
        int side = matrix.getWidth() * scale + 2 * quiet;
        byte[] pixels = new byte[side * side];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        for (int row = 0; row < matrix.getHeight() * scale; row++) {
            for (int column = 0; column < matrix.getWidth() * scale; column++) {
                if (matrix.get(column / scale, row / scale)) {
                    pixels[(row + quiet) * side + column + quiet] = 0;
                }
            }
        }
        var image = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.PlanarYUVLuminanceSource(pixels, side, side, 0, 0, side, side, false)));
        try {
            return url.equals(new com.google.zxing.qrcode.QRCodeReader().decode(image).getText());
        } catch (com.google.zxing.ReaderException unreadable) {
            return false;
        }
    }

    /** The QR code as filled squares, one rectangle per horizontal run of dark modules. */
    private static void qr(PDPageContentStream out, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix = readableQr(url);
        int modules = matrix.getWidth();
        float module = size / modules;
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && matrix.get(column, row)) {
                    column++;
                }
                // rows run top-down in the matrix, bottom-up on the page
                out.addRect(x + start * module, y + size - (row + 1) * module, (column - start) * module, module);
            }
        }
        out.fill();
    }

    private record Run(PDFont font, int face, String text) {
    }

    /** The document's fonts, loaded (as subsets) only when a run needs them. */
    private static final class Fonts {
        private final PDDocument document;
        private final CertificateFonts.FontSet set;
        private final PDFont[] regular;
        private PDFont bold;

        Fonts(PDDocument document, CertificateFonts.FontSet set) {
            this.document = document;
            this.set = set;
            this.regular = new PDFont[set.regular.size()];
        }

        List<Run> runs(String text, boolean wantBold) throws IOException {
            List<Run> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            int currentFont = -2;
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                int font = fontFor(codePoint, wantBold);
                String piece = font == -3 ? String.valueOf(MISSING) : new String(Character.toChars(codePoint));
                if (font == -3) {
                    font = wantBold ? -1 : 0;
                }
                // spaces stay in the run they are in, so a name is not cut into more runs than its scripts need
                if (Character.isWhitespace(codePoint) && currentFont != -2) {
                    font = currentFont;
                }
                if (font != currentFont && current.length() > 0) {
                    runs.add(new Run(font(currentFont), currentFont, current.toString()));
                    current.setLength(0);
                }
                currentFont = font;
                current.append(piece);
            }
            if (current.length() > 0) {
                runs.add(new Run(font(currentFont), currentFont, current.toString()));
            }
            return runs;
        }

        /** The width of the runs at a font size, from the fonts' own metrics (no per-document width tables). */
        float width(List<Run> runs, float size) throws IOException {
            float width = 0;
            for (Run run : runs) {
                width += set.width(run.face(), run.text()) / 1000 * size;
            }
            return width;
        }

        /** -1 for bold, an index into the regular faces, or -3 when no face has the character. */
        private int fontFor(int codePoint, boolean wantBold) {
            if (wantBold && has(set.boldMap, codePoint)) {
                return -1;
            }
            for (int i = 0; i < set.regularMaps.size(); i++) {
                if (has(set.regularMaps.get(i), codePoint)) {
                    return i;
                }
            }
            return -3;
        }

        private static boolean has(CmapLookup map, int codePoint) {
            return map != null && map.getGlyphId(codePoint) > 0;
        }

        private PDFont font(int index) throws IOException {
            if (index == -1) {
                if (bold == null) {
                    bold = load(set.bold);
                }
                return bold;
            }
            if (regular[index] == null) {
                regular[index] = load(set.regular.get(index));
            }
            return regular[index];
        }

        private PDFont load(TrueTypeFont font) throws IOException {
            return PDType0Font.load(document, font, true);
        }
    }

    /** The structure tree: every text block a tagged element pointing at its marked content on the page. */
    private static final class Tags {
        private final PDDocument document;
        private final PDPage page;
        private final PDStructureElement root;
        private final COSArray parents = new COSArray();
        private int mcid;

        Tags(PDDocument document, PDPage page, Content content) {
            this.document = document;
            this.page = page;
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            catalog.setStructureTreeRoot(tree);
            PDMarkInfo markInfo = new PDMarkInfo();
            markInfo.setMarked(true);
            catalog.setMarkInfo(markInfo);
            catalog.setLanguage(content.languageTag());
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.documentTitle());
            info.setAuthor(content.issuer());
            info.setSubject(content.employeeName() + " \u2013 " + content.achievementTitle());
            info.setCreator("Podium");
            info.setProducer("Podium (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            root.setTitle(content.documentTitle());
            root.setLanguage(content.languageTag());
            tree.appendKid(root);
            page.setStructParents(0);
        }

        void text(PDPageContentStream out, String type, Drawing drawing) throws IOException {
            tagged(out, type, null, drawing);
        }

        void figure(PDPageContentStream out, String alternative, Drawing drawing) throws IOException {
            tagged(out, StandardStructureTypes.Figure, alternative, drawing);
        }

        void artifact(PDPageContentStream out, Drawing drawing) throws IOException {
            out.beginMarkedContent(COSName.ARTIFACT);
            out.saveGraphicsState();
            drawing.draw();
            out.restoreGraphicsState();
            out.endMarkedContent();
        }

        private void tagged(PDPageContentStream out, String type, String alternative, Drawing drawing)
                throws IOException {
            PDStructureElement element = new PDStructureElement(type, root);
            element.setPage(page);
            if (alternative != null) {
                element.setAlternateDescription(alternative);
            }
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            out.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            drawing.draw();
            out.endMarkedContent();
            element.getCOSObject().setInt(COSName.K, mcid);
            root.appendKid(element);
            parents.add(element);
            mcid++;
        }

        void finish() {
            PDNumberTreeNode parentTree = new PDNumberTreeNode(COSObjectable.class);
            parentTree.setNumbers(Map.of(0, parents));
            document.getDocumentCatalog().getStructureTreeRoot().setParentTree(parentTree);
            document.getDocumentCatalog().getStructureTreeRoot().setParentTreeNextKey(1);
        }
    }
}
