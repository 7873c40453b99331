package dev.podium.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dev.podium.activity.Conversations;
import dev.podium.activity.PostConversation;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * "Conversations": per own post of the window the people moved to answer (comments, reposts) beside impressions,
 * with the line between them drawn in words; the posts that started conversations first and what they share;
 * followers gained per week as a trend. Used on My voice (with the person's own texts) and in a coach's view of a
 * participant (without them). Never a ranking of people, and reach is context, not a goal.
 */
class ConversationsSection extends Div {

    private static final String BAR_COLOUR = "#2563eb";

    /** @param importLink where to import the analytics export, or null where the reader cannot import (a coach) */
    ConversationsSection(Conversations conversations, Class<? extends Component> importLink, boolean withTexts) {
        setId("voice-conversations");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        add(new H3(getTranslation("activity.ui.conversations.title")));
        Paragraph line = new Paragraph(getTranslation("activity.ui.conversations.line"));
        line.setId("voice-conversations-line");
        add(line);
        if (!conversations.exportImported()) {
            Paragraph none = new Paragraph(getTranslation(importLink == null
                    ? "activity.ui.conversations.none-coach" : "activity.ui.conversations.none"));
            none.setId("voice-conversations-none");
            add(none);
            if (importLink != null) {
                add(new RouterLink(getTranslation("activity.ui.conversations.import"), importLink));
            }
            return;
        }
        Paragraph summary = new Paragraph(conversations.postsWithCommentFigures() == 0
                ? getTranslation("activity.ui.conversations.no-comment-figures", conversations.posts().size())
                : getTranslation("activity.ui.conversations.summary", conversations.postsStarted(),
                        conversations.postsWithCommentFigures(), conversations.minComments(),
                        conversations.commentsReceived(), conversations.repostsReceived()));
        summary.setId("voice-conversations-summary");
        add(summary);
        if (!conversations.common().isEmpty()) {
            UnorderedList common = new UnorderedList();
            common.setId("voice-conversations-common");
            for (Conversations.Common c : conversations.common()) {
                common.add(new ListItem(getTranslation("activity.ui.conversations.common."
                        + c.dimension().toLowerCase(java.util.Locale.ROOT), c.count(), c.of(), value(c))));
            }
            add(new Paragraph(getTranslation("activity.ui.conversations.common")), common);
        }
        add(posts(conversations.posts(), withTexts));
        if (!conversations.followerWeeks().isEmpty()) {
            add(followers(conversations.followerWeeks()));
        }
    }

    private String value(Conversations.Common c) {
        return switch (c.dimension()) {
            case "LENGTH" -> getTranslation("activity.ui.conversations.length." + c.value().toLowerCase(
                    java.util.Locale.ROOT));
            case "FORMAT" -> getTranslation("activity.ui.conversations.format." + c.value().toLowerCase(
                    java.util.Locale.ROOT));
            case "WEEKDAY" -> DayOfWeek.valueOf(c.value()).getDisplayName(TextStyle.FULL, getLocale());
            default -> c.value();
        };
    }

    private Component posts(List<PostConversation> posts, boolean withTexts) {
        Grid<PostConversation> grid = new Grid<>();
        grid.setId("voice-conversations-posts");
        grid.addColumn(p -> Labels.date(p.publishedOn(), getLocale()))
                .setHeader(getTranslation("activity.ui.conversations.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.startedConversation() ? getTranslation("activity.ui.conversations.started") : "")
                .setHeader(getTranslation("activity.ui.conversations.conversation")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> figure(p.comments())).setHeader(getTranslation("activity.ui.conversations.comments"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> figure(p.reposts())).setHeader(getTranslation("activity.ui.conversations.reposts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> figure(p.impressed())).setHeader(getTranslation("activity.ui.conversations.impressed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> figure(p.impressions()))
                .setHeader(getTranslation("activity.ui.conversations.impressions")).setAutoWidth(true)
                .setFlexGrow(0);
        if (withTexts) {
            grid.addColumn(p -> p.excerpt() == null ? getTranslation("activity.ui.conversations.not-in-archive")
                    : p.excerpt().replaceAll("\\s+", " ")).setHeader(getTranslation("activity.ui.conversations.post"))
                    .setFlexGrow(1);
        }
        grid.setItems(posts);
        grid.setAllRowsVisible(posts.size() <= 12);
        if (posts.size() > 12) {
            grid.setHeight("28rem");
        }
        return grid;
    }

    private String figure(Integer value) {
        return value == null ? "–" : String.format(getLocale(), "%,d", value);
    }

    /** Bars hidden from assistive technology, with the same figures as a sentence per week. */
    private Component followers(List<Conversations.FollowerWeek> weeks) {
        Div box = new Div();
        box.setId("voice-followers");
        int max = Math.max(1, weeks.stream().mapToInt(Conversations.FollowerWeek::gained).max().orElse(0));
        Div bars = new Div();
        bars.getElement().setAttribute("aria-hidden", "true");
        bars.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "0.4rem").set("height", "5rem")
                .set("border-bottom", "1px solid currentColor");
        UnorderedList text = new UnorderedList();
        text.getStyle().set("font-size", "0.875rem");
        for (Conversations.FollowerWeek week : weeks) {
            int iso = week.weekStart().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            Div bar = new Div();
            bar.getStyle().set("flex", "1").set("background", BAR_COLOUR)
                    .set("height", Math.round(100.0 * week.gained() / max) + "%");
            bar.getElement().setAttribute("title", getTranslation("activity.ui.conversations.followers-week", iso,
                    week.gained()));
            bars.add(bar);
            text.add(new ListItem(getTranslation("activity.ui.conversations.followers-week", iso, week.gained())));
        }
        int half = weeks.size() / 2;
        int before = weeks.subList(0, half).stream().mapToInt(Conversations.FollowerWeek::gained).sum();
        int after = weeks.subList(half, weeks.size()).stream().mapToInt(Conversations.FollowerWeek::gained).sum();
        String trend = after > before * 1.2 ? "rising" : after < before * 0.8 ? "falling" : "steady";
        Paragraph sentence = new Paragraph(getTranslation("activity.ui.conversations.followers." + trend, before,
                after));
        sentence.setId("voice-followers-trend");
        com.vaadin.flow.component.details.Details table = new com.vaadin.flow.component.details.Details(
                getTranslation("activity.ui.conversations.followers-figures"), text);
        box.add(new Span(getTranslation("activity.ui.conversations.followers")), bars, sentence, table);
        return box;
    }
}
