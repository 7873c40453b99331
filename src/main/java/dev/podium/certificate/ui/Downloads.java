package dev.podium.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.certificate.PaperSize;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/** Download links of a certificate; the service checks on every download that the person may read it. */
final class Downloads {

    private Downloads() {
    }

    static Anchor pdf(CertificateService certificates, IssuedCertificate certificate, PaperSize paper, String label) {
        return link(() -> certificates.pdf(certificate.id(), paper), fileName(certificate, paper.name()
                .toLowerCase(Locale.ROOT)) + ".pdf", "application/pdf", label);
    }

    static Anchor openBadge(CertificateService certificates, IssuedCertificate certificate, String label) {
        return link(() -> certificates.openBadge(certificate.id()).getBytes(StandardCharsets.UTF_8),
                fileName(certificate, "open-badge") + ".json", "application/ld+json", label);
    }

    private static Anchor link(Supplier<byte[]> content, String fileName, String type, String label) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), label);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String fileName(IssuedCertificate certificate, String variant) {
        String achievement = certificate.achievementId().replaceAll("[^a-z0-9-]", "");
        return "certificate-" + achievement + "-" + certificate.id() + "-" + variant;
    }
}
