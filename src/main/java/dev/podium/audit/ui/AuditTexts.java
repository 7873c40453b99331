package dev.podium.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditStatus;
import dev.podium.audit.ItemScore;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The texts and read-only parts the audit views share: statuses, rubric rows, evidence and round history. */
final class AuditTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** A placeholder an export puts where a name belongs, e.g. {@code [COMPANY:Acme]} or {@code [PERSON:…]}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z_]*:([^\\]]*)\\]");

    private AuditTexts() {
    }

    static String status(Component view, AuditStatus status) {
        return view.getTranslation("audit.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String date(Instant instant) {
        return instant == null ? "–" : DATE.format(instant);
    }

    static String evidence(Component view, ItemScore score, boolean textsShown) {
        if (!textsShown) {
            return "";
        }
        return view.getTranslation(score.evidenceKey(),
                score.evidenceArguments().stream().map(AuditTexts::readable).toArray());
    }

    /**
     * An evidence argument as a person reads it. Exports can carry a placeholder such as {@code [COMPANY:Acme]} (a
     * mention, or a value the export withheld) where a name belongs: the name is shown, or a dash when there is none.
     */
    static String readable(String argument) {
        // several in a row ("[COMPANY:a],[PERSONAL:b]") read as a list
        Matcher placeholder = PLACEHOLDER.matcher(argument.replaceAll("\\],\\s*\\[", "], ["));
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            String inner = placeholder.group(1).strip();
            placeholder.appendReplacement(out, Matcher.quoteReplacement(
                    inner.isEmpty() || inner.chars().allMatch(c -> c == '.' || c == '…') ? "–" : inner));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    /** The automatic points of an item, or a dash for an item only the coach scores. */
    static String autoPoints(Component view, ItemScore score) {
        return score.autoMax() == 0 ? view.getTranslation("audit.ui.coach-only")
                : view.getTranslation("audit.ui.points-of", score.autoPoints(), score.autoMax());
    }

    static String coachPoints(Component view, ItemScore score) {
        if (score.coachMax() == 0) {
            return view.getTranslation("audit.ui.automatic-only");
        }
        return score.coachPoints() == null ? view.getTranslation("audit.ui.coach-pending", score.coachMax())
                : view.getTranslation("audit.ui.points-of", score.coachPoints(), score.coachMax());
    }

    /** Where a round's points stand: the automatic points and what the coach gave or may still give. */
    static String runningTotal(Component view, AuditDetails.Round round) {
        int coachMax = round.items().stream().mapToInt(ItemScore::coachMax).sum();
        boolean coachScored = round.items().stream().anyMatch(item -> item.coachPoints() != null);
        return coachScored
                ? view.getTranslation("audit.ui.running-total.scored", round.autoPoints() + round.coachPoints(),
                        round.autoPoints(), round.coachPoints())
                : view.getTranslation("audit.ui.running-total", round.autoPoints(), coachMax);
    }

    /**
     * The rubric of one round for the employee, one block per item, so that long evidence and comments wrap and
     * stay readable on a phone (a grid would squeeze them into clipped columns).
     */
    static Component itemList(Component view, AuditDetails.Round round) {
        Div list = new Div();
        list.setId("audit-items");
        list.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 22rem), 1fr))")
                .set("gap", "0.75rem");
        for (ItemScore score : round.items()) {
            Div item = new Div();
            item.setId("audit-item-" + score.item().key().substring("audit.item.".length()));
            item.getStyle().set("border", "1px solid var(--lumo-contrast-20pct, #ccc)")
                    .set("border-radius", "var(--lumo-border-radius-m, 6px)").set("padding", "0.5rem 0.75rem")
                    .set("overflow-wrap", "anywhere");
            H4 name = new H4(view.getTranslation(score.item().key()));
            name.getStyle().set("margin", "0");
            Paragraph points = new Paragraph(view.getTranslation("audit.ui.item-points", autoPoints(view, score),
                    coachPoints(view, score)));
            points.addClassName("audit-item-points");
            points.getStyle().set("margin", "0.25rem 0");
            Paragraph evidence = new Paragraph(evidence(view, score, true));
            evidence.addClassName("audit-item-evidence");
            evidence.getStyle().set("margin", "0.25rem 0");
            item.add(name, points, evidence);
            if (score.coachComment() != null) {
                Paragraph comment = new Paragraph(view.getTranslation("audit.ui.item-comment", score.coachComment()));
                comment.addClassName("audit-item-comment");
                comment.getStyle().set("margin", "0.25rem 0").set("font-style", "italic");
                item.add(comment);
            }
            list.add(item);
        }
        return list;
    }

    /** The rubric of one round, read-only. */
    static Grid<ItemScore> rubric(Component view, AuditDetails.Round round, boolean textsShown) {
        Grid<ItemScore> grid = new Grid<>();
        grid.addColumn(score -> view.getTranslation(score.item().key())).setHeader(view.getTranslation("audit.ui.item"))
                .setAutoWidth(true);
        grid.addColumn(score -> autoPoints(view, score))
                .setHeader(view.getTranslation("audit.ui.auto-points")).setAutoWidth(true);
        if (textsShown) {
            grid.addColumn(score -> evidence(view, score, true)).setHeader(view.getTranslation("audit.ui.evidence"))
                    .setTooltipGenerator(score -> evidence(view, score, true)).setFlexGrow(2);
        }
        grid.addColumn(score -> coachPoints(view, score)).setHeader(view.getTranslation("audit.ui.coach-points"))
                .setAutoWidth(true);
        if (textsShown) {
            grid.addColumn(score -> score.coachComment() == null ? "" : score.coachComment())
                    .setTooltipGenerator(score -> score.coachComment() == null ? "" : score.coachComment())
                    .setHeader(view.getTranslation("audit.ui.comment")).setFlexGrow(1);
        }
        // long evidence and comments wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(round.items());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Every round, newest first, with what changed since the round before and the coach's comments. */
    static Component history(Component view, AuditDetails audit) {
        Div history = new Div();
        history.setId("audit-history");
        List<AuditDetails.Round> rounds = audit.rounds().reversed();
        for (AuditDetails.Round round : rounds) {
            String decision = round.decision() == null ? view.getTranslation("audit.ui.round.open")
                    : view.getTranslation("audit.ui.round.decision." + round.decision().toLowerCase(Locale.ROOT)
                            .replace('_', '-'));
            Details details = new Details(view.getTranslation("audit.ui.round.title", round.number(),
                    date(round.submittedAt()), decision));
            if (!audit.textsShown()) {
                // HR's view: the workflow only, no points
                history.add(details);
                continue;
            }
            details.add(new Paragraph(view.getTranslation("audit.ui.round.points", round.autoPoints(),
                    round.coachPoints())));
            if (round.number() > 1) {
                if (round.changes().isEmpty()) {
                    details.add(new Paragraph(view.getTranslation("audit.ui.round.no-changes")));
                } else {
                    UnorderedList changes = new UnorderedList();
                    round.changes().forEach(change -> changes.add(new ListItem(view.getTranslation(
                            change.evidenceChanged() ? "audit.ui.round.change-evidence" : "audit.ui.round.change",
                            view.getTranslation(change.item().key()), change.pointsBefore(), change.pointsAfter()))));
                    details.add(new Paragraph(view.getTranslation("audit.ui.round.changes")), changes);
                }
            }
            if (audit.textsShown()) {
                UnorderedList comments = new UnorderedList();
                round.items().stream().filter(item -> item.coachComment() != null).forEach(item -> comments.add(
                        new ListItem(view.getTranslation(item.item().key()) + ": " + item.coachComment())));
                if (comments.getChildren().findAny().isPresent()) {
                    details.add(new Paragraph(view.getTranslation("audit.ui.round.comments")), comments);
                }
            }
            history.add(details);
        }
        return history;
    }
}
