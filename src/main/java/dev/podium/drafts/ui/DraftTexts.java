package dev.podium.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.podium.drafts.CommentView;
import dev.podium.drafts.DraftKind;
import dev.podium.drafts.DraftText;
import dev.podium.drafts.Finding;
import dev.podium.drafts.Preflight;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Translation keys and the small pieces the draft views share: the pre-flight panel, comments, versions. */
final class DraftTexts {

    private DraftTexts() {
    }

    static String kind(Component c, DraftKind kind) {
        return c.getTranslation("drafts.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant);
    }

    /** The findings, cautions first, each with the guidelines' section it touches. */
    static void showPreflight(Component c, Div panel, Preflight preflight) {
        panel.removeAll();
        for (Finding finding : preflight.findings()) {
            Div line = new Div();
            line.addClassName("draft-finding");
            line.getElement().setAttribute("data-severity", finding.severity().name().toLowerCase(Locale.ROOT));
            line.getStyle().set("padding", "0.4rem 0.6rem").set("margin-bottom", "0.4rem")
                    .set("border-inline-start", "4px solid " + switch (finding.severity()) {
                        case CAUTION -> "var(--lumo-error-color, #c00)";
                        case ADVICE -> "var(--lumo-warning-color, #b80)";
                        case GOOD -> "var(--lumo-success-color, #080)";
                    });
            Span severity = new Span(c.getTranslation("drafts.severity."
                    + finding.severity().name().toLowerCase(Locale.ROOT)) + ": ");
            severity.getStyle().set("font-weight", "600");
            line.add(severity, new Span(c.getTranslation(finding.key(), finding.arguments().toArray())));
            if (finding.rule() != null) {
                Paragraph rule = new Paragraph(c.getTranslation("drafts.check.rule", preflight.policyTitle(),
                        finding.rule().number(), finding.rule().heading()));
                rule.getStyle().set("margin", "0.2rem 0 0").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
                line.add(rule);
            }
            panel.add(line);
        }
    }

    static Div comments(Component c, List<CommentView> comments, Locale locale) {
        Div list = new Div();
        list.setId("draft-comments");
        if (comments.isEmpty()) {
            list.add(new Paragraph(c.getTranslation("drafts.comments.none")));
        }
        for (CommentView comment : comments) {
            Div item = new Div();
            item.addClassName("draft-comment");
            item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct, #ccc)").set("border-radius", "0.5rem")
                    .set("padding", "0.5rem").set("margin-bottom", "0.5rem");
            Paragraph quoted = new Paragraph("“" + comment.quoted() + "”");
            quoted.addClassName("draft-comment-quoted");
            quoted.getStyle().set("font-style", "italic").set("margin", "0");
            Paragraph body = new Paragraph(comment.body());
            body.addClassName("draft-comment-body");
            body.getStyle().set("margin", "0.3rem 0");
            Paragraph meta = new Paragraph(c.getTranslation("drafts.comments.meta", comment.authorName(),
                    comment.versionNumber(), dateTime(comment.at(), locale))
                    + (comment.stillInText() ? "" : " · " + c.getTranslation("drafts.comments.passage-gone")));
            meta.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s, 0.875rem)");
            item.add(quoted, body, meta);
            list.add(item);
        }
        return list;
    }

    static Div versions(Component c, List<DraftText> versions, Locale locale) {
        Div list = new Div();
        list.setId("draft-versions");
        for (DraftText version : versions) {
            Paragraph head = new Paragraph(c.getTranslation("drafts.versions.item", version.number(),
                    dateTime(version.savedAt(), locale)));
            head.getStyle().set("font-weight", "600").set("margin", "0.5rem 0 0");
            Paragraph text = new Paragraph(version.text());
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            list.add(head, text);
        }
        return list;
    }
}
