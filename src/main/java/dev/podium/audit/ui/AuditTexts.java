package dev.podium.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
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

/** The texts and read-only parts the audit views share: statuses, rubric rows, evidence and round history. */
final class AuditTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        return view.getTranslation(score.evidenceKey(), score.evidenceArguments().toArray());
    }

    static String coachPoints(ItemScore score) {
        if (score.coachMax() == 0) {
            return "–";
        }
        return (score.coachPoints() == null ? "·" : score.coachPoints()) + " / " + score.coachMax();
    }

    /** The rubric of one round, read-only. */
    static Grid<ItemScore> rubric(Component view, AuditDetails.Round round, boolean textsShown) {
        Grid<ItemScore> grid = new Grid<>();
        grid.addColumn(score -> view.getTranslation(score.item().key())).setHeader(view.getTranslation("audit.ui.item"))
                .setAutoWidth(true);
        grid.addColumn(score -> score.autoPoints() + " / " + score.autoMax())
                .setHeader(view.getTranslation("audit.ui.auto-points")).setAutoWidth(true);
        if (textsShown) {
            grid.addColumn(score -> evidence(view, score, true)).setHeader(view.getTranslation("audit.ui.evidence"))
                    .setFlexGrow(2);
        }
        grid.addColumn(AuditTexts::coachPoints).setHeader(view.getTranslation("audit.ui.coach-points"))
                .setAutoWidth(true);
        if (textsShown) {
            grid.addColumn(score -> score.coachComment() == null ? "" : score.coachComment())
                    .setHeader(view.getTranslation("audit.ui.comment")).setFlexGrow(1);
        }
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
