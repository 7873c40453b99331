package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    static final CertificatePdf PDF = new CertificatePdf(new CertificateFonts());
    static final String URL = "http://localhost:8080/verify/" + VerificationCodes.next();

    static CertificatePdf.Content content(String name, PaperSize paper) {
        return new CertificatePdf.Content("Certificate – " + name, "Certificate of completion", "This certifies that",
                name, "has completed", "Social media guidelines", "Issued on 22 November 2026",
                "Valid until 22 November 2028", "Podium Academy", "Check this certificate at", "ABC", URL, "da",
                paper);
    }

    @Test
    void names_in_danish_polish_greek_and_cyrillic_are_selectable_text_in_embedded_subsets() throws Exception {
        String name = "Søren Æbelø Åberg-Łukasz Émile Παναγιώτης Светлана";
        byte[] bytes = PDF.render(content(name, PaperSize.A4));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Søren Æbelø Åberg-Łukasz Émile").contains("Παναγιώτης").contains("Светлана")
                    .contains("Social media guidelines").contains(URL);
            List<PDFont> fonts = fonts(document.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                // a subset's name carries a six-letter tag: ABCDEF+NotoSans-Bold
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
    }

    @Test
    void the_document_is_tagged_with_title_language_and_a_structure_tree() throws Exception {
        try (PDDocument document = Loader.loadPDF(PDF.render(content("Ida Ølstykke", PaperSize.A4)))) {
            var catalog = document.getDocumentCatalog();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Certificate – Ida Ølstykke");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("da");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            var root = catalog.getStructureTreeRoot();
            assertThat(root).isNotNull();
            assertThat(root.getKids()).hasSize(1);
            assertThat(root.getParentTree()).isNotNull();
        }
    }

    @Test
    void a4_and_letter_each_fit_one_page() throws Exception {
        try (PDDocument a4 = Loader.loadPDF(PDF.render(content("Ann", PaperSize.A4)));
                PDDocument letter = Loader.loadPDF(PDF.render(content("Ann", PaperSize.LETTER)))) {
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth());
            assertThat(letter.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void chinese_and_japanese_names_print_as_written() throws Exception {
        for (String name : List.of("王秀英", "山田 花子", "さくら", "カタカナ")) {
            try (PDDocument document = Loader.loadPDF(PDF.render(content(name, PaperSize.A4)))) {
                assertThat(new PDFTextStripper().getText(document)).as(name).contains(name);
                assertThat(fonts(document.getPage(0))).as(name)
                        .anyMatch(font -> font.isEmbedded() && font.getName().contains("DroidSansFallback"));
            }
        }
    }

    @Test
    void a_name_no_font_covers_still_gives_a_certificate_with_a_replacement() throws Exception {
        // Arabic needs joined letter forms, which PDFBox does not shape: it is replaced rather than printed wrongly
        String name = "王秀英 محمد";
        try (PDDocument document = Loader.loadPDF(PDF.render(content(name, PaperSize.A4)))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("王秀英 ????");
            assertThat(document.getDocumentInformation().getSubject()).contains(name);
        }
    }

    @Test
    void the_qr_code_decodes_back_to_the_verify_address() throws Exception {
        for (PaperSize paper : PaperSize.values()) {
            try (PDDocument document = Loader.loadPDF(PDF.render(content("Jens Ærø", paper)))) {
                assertThat(decodeQr(document)).as(paper.name()).isEqualTo(URL);
            }
        }
    }

    /** The QR code read off the page rendered at 150 dpi, the way a scanner sees it. */
    static String decodeQr(PDDocument document) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Test
    void the_qr_code_reads_back_whatever_the_verification_code() throws Exception {
        // about one code in a hundred needed another mask before CertificatePdf.readableQr checked it
        for (int i = 0; i < 300; i++) {
            String url = "http://localhost:8080/verify/" + VerificationCodes.next();
            CertificatePdf.Content content = new CertificatePdf.Content("Certificate", "Certificate of completion",
                    "This certifies that", "Jens Ærø", "has completed", "Social media guidelines", "Issued", "Valid",
                    "Podium Academy", "Check this certificate at", "ABC", url, "da", PaperSize.A4);
            try (PDDocument document = Loader.loadPDF(PDF.render(content))) {
                assertThat(decodeQr(document)).isEqualTo(url);
            }
        }
    }

    private static List<PDFont> fonts(PDPage page) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
