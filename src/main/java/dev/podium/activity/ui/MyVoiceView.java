package dev.podium.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.Explanation;
import dev.podium.activity.MyActivityItem;
import dev.podium.activity.MyVoice;
import dev.podium.activity.PillarScore;
import dev.podium.activity.SocialLeadershipIndex;
import dev.podium.activity.VoiceTopic;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The employee's own Social Leadership Index: total and band, the four pillars with the sentences behind them, the
 * weeks of the window as a chart with a text alternative, the conversations their posts started (from LinkedIn's
 * analytics export), the next step, their topics and their own items. Nobody
 * else sees this page's texts.
 */
@Route("voice")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 21, title = "activity.ui.nav.voice", icon = "vaadin:megaphone")
class MyVoiceView extends Main implements HasDynamicTitle {

    private static final int TEXT_PREVIEW = 160;

    MyVoiceView(ActivityIndexService activity) {
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "1rem")
                .set("max-width", "72rem");
        MyVoice voice = activity.myVoice();
        SocialLeadershipIndex index = voice.index();

        H2 total = new H2(getTranslation("activity.ui.voice.total", index.total()));
        total.setId("voice-total");
        total.getStyle().set("margin", "0");
        Badge band = new Badge(getTranslation(Labels.band(index.band())));
        band.setId("voice-band");
        band.addThemeVariants(switch (index.band()) {
            case STARTING -> BadgeVariant.WARNING;
            case BUILDING -> BadgeVariant.SUCCESS;
            case LEADING -> BadgeVariant.SUCCESS;
        });
        HorizontalLayout heading = new HorizontalLayout(total, band);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);
        add(heading, new Paragraph(getTranslation("activity.ui.voice.window", Labels.date(index.windowStart(),
                getLocale()), Labels.date(index.windowEnd(), getLocale()), index.weeks().size())));

        if (!voice.imported()) {
            Paragraph none = new Paragraph(getTranslation("activity.ui.voice.no-import"));
            none.setId("voice-no-import");
            add(none, new RouterLink(getTranslation("activity.ui.voice.import-link"), ActivityImportView.class));
        } else {
            add(new Paragraph(getTranslation("activity.ui.voice.last-import", voice.lastImport().fileName(),
                            Labels.date(voice.lastImport().importedAt(), getLocale()), voice.items())),
                    new RouterLink(getTranslation("activity.ui.voice.import-newer"), ActivityImportView.class));
        }

        Card next = new Card();
        next.setId("voice-next-step");
        next.setTitle(getTranslation("activity.ui.voice.next-step"));
        next.add(new Paragraph(Labels.sentence(this, index.nextStep())));
        add(next);

        Div pillars = new Div();
        pillars.setId("voice-pillars");
        pillars.addClassName("podium-cards");
        pillars.add(pillar("originality", index.originality()), pillar("consistency", index.consistency()),
                pillar("engagement-quality", index.engagementQuality()), pillar("topical-focus", index.topicalFocus()));
        add(pillars);

        add(new H3(getTranslation("activity.ui.chart.title")), new WeeklyChart(index.weeks()));

        add(new ConversationsSection(activity.myConversations(), ActivityImportView.class, true));

        add(new H3(getTranslation("activity.ui.voice.topics")), topics(voice),
                new RouterLink(getTranslation(voice.topics().isEmpty() ? "activity.ui.voice.choose-topics"
                        : "activity.ui.voice.change-topics"), VoiceTopicsView.class));
        Paragraph domains = new Paragraph(voice.companyDomains().isEmpty()
                ? getTranslation("activity.ui.voice.no-company-domains")
                : getTranslation("activity.ui.voice.company-domains", String.join(", ", voice.companyDomains())));
        domains.setId("voice-company-domains");
        add(domains);

        if (voice.imported()) {
            add(new H3(getTranslation("activity.ui.items.title")),
                    new Paragraph(getTranslation("activity.ui.items.private")), items(activity));
        }
    }

    private Component pillar(String name, PillarScore score) {
        Card card = new Card();
        card.setId("voice-pillar-" + name);
        card.setTitle(getTranslation("activity.ui.pillar." + name));
        Span figure = new Span(getTranslation("activity.ui.pillar.score", score.score()));
        figure.addClassName("voice-pillar-score");
        ProgressBar bar = new ProgressBar(0, 25, score.score());
        bar.getElement().setAttribute("aria-label", getTranslation("activity.ui.pillar." + name) + ": "
                + getTranslation("activity.ui.pillar.score", score.score()));
        UnorderedList sentences = new UnorderedList();
        for (Explanation explanation : score.explanations()) {
            sentences.add(new ListItem(Labels.sentence(this, explanation)));
        }
        card.add(figure, bar, sentences);
        return card;
    }

    private Component topics(MyVoice voice) {
        if (voice.topics().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("activity.ui.voice.no-topics"));
            none.setId("voice-topics");
            return none;
        }
        UnorderedList list = new UnorderedList();
        list.setId("voice-topics");
        for (VoiceTopic topic : voice.topics()) {
            String terms = Stream.concat(topic.keywords().stream(), topic.hashtags().stream().map(tag -> "#" + tag))
                    .collect(Collectors.joining(", "));
            list.add(new ListItem(terms.isEmpty() ? topic.label() : topic.label() + " — " + terms));
        }
        return list;
    }

    private Component items(ActivityIndexService activity) {
        Grid<MyActivityItem> grid = new Grid<>();
        grid.setId("voice-items");
        grid.addColumn(item -> Labels.date(item.occurredAt(), getLocale()))
                .setHeader(getTranslation("activity.ui.items.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation(Labels.source(item.source())))
                .setHeader(getTranslation("activity.ui.items.source")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> getTranslation(Labels.countsAs(item.classification())))
                .setHeader(getTranslation("activity.ui.items.classification")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MyActivityItem::wordCount).setHeader(getTranslation("activity.ui.items.words"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> shorten(item.text())).setHeader(getTranslation("activity.ui.items.text"))
                .setFlexGrow(1);
        grid.setItems(query -> activity.myItems(query.getOffset(), query.getLimit()).stream());
        grid.setHeight("24rem");
        return grid;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= TEXT_PREVIEW) {
            return flat;
        }
        int cut = TEXT_PREVIEW - 1;
        // never split an emoji (a surrogate pair) in half
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.ui.nav.voice");
    }
}
