package dev.podium.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.course.CourseService;
import dev.podium.course.CourseSummary;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningService;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The course catalogue: search, topic and status filters, and where the person stands in each course. */
@Route("courses")
@RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
@Menu(order = 20, title = "nav.courses", icon = "vaadin:academy-cap")
class CatalogueView extends Main implements HasDynamicTitle {

    enum Status { ALL, NOT_ENROLLED, IN_PROGRESS, COMPLETED }

    private final CourseService courses;
    private final LearningService learning;
    private final TextField search = new TextField();
    private final ComboBox<String> topic = new ComboBox<>();
    private final Select<Status> status = new Select<>();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();

    CatalogueView(CourseService courses, LearningService learning) {
        this.courses = courses;
        this.learning = learning;
        addClassName("podium-page");
        search.setId("catalogue-search");
        search.setPlaceholder(getTranslation("catalogue.search"));
        search.setAriaLabel(getTranslation("catalogue.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        topic.setId("catalogue-topic");
        topic.setPlaceholder(getTranslation("catalogue.topic"));
        topic.setAriaLabel(getTranslation("catalogue.topic"));
        topic.setClearButtonVisible(true);
        topic.setItems(courses.topics());
        topic.setItemLabelGenerator(this::topicTitle);
        topic.addValueChangeListener(event -> refresh());
        status.setId("catalogue-status");
        status.setAriaLabel(getTranslation("catalogue.status"));
        status.setItems(Status.values());
        status.setItemLabelGenerator(value -> getTranslation("catalogue.status." + value.name().toLowerCase()));
        status.setValue(Status.ALL);
        status.addValueChangeListener(event -> refresh());
        cards.addClassName("podium-cards");
        cards.setId("catalogue-cards");
        empty.setId("catalogue-empty");
        empty.addClassName("podium-muted");
        HorizontalLayout filters = new HorizontalLayout(search, topic, status);
        filters.setWrap(true);
        add(new H2(getTranslation("catalogue.title")), new Paragraph(getTranslation("catalogue.intro")), filters,
                cards, empty);
        refresh();
    }

    private void refresh() {
        var language = UI.getCurrent().getLocale();
        Map<String, CourseProgress> mine = learning.myLearning(language).stream()
                .collect(Collectors.toMap(progress -> progress.courseId().value(), Function.identity()));
        List<CourseSummary> found = courses.catalogue(search.getValue(), topic.getValue(), language).stream()
                .filter(course -> matches(mine.get(course.id().value()))).toList();
        cards.removeAll();
        found.forEach(course -> cards.add(card(course, mine.get(course.id().value()))));
        empty.setText(found.isEmpty() ? getTranslation("catalogue.empty") : "");
        empty.setVisible(found.isEmpty());
    }

    private boolean matches(CourseProgress progress) {
        return switch (status.getValue() == null ? Status.ALL : status.getValue()) {
            case ALL -> true;
            case NOT_ENROLLED -> progress == null;
            case IN_PROGRESS -> progress != null && !progress.completed();
            case COMPLETED -> progress != null && progress.completed();
        };
    }

    /** A course tag's title in the reader's language; a tag without one reads as its words. */
    private String topicTitle(String tag) {
        String title = getTranslation("course.topic." + tag);
        if (!title.startsWith("!")) {
            return title;
        }
        String words = tag.replace('-', ' ');
        return words.isEmpty() ? tag : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private Card card(CourseSummary course, CourseProgress progress) {
        Card card = new Card();
        card.setId("course-card-" + course.id());
        // one of a list, not a landmark of its own: two courses with one title would make two regions of one name
        card.getElement().setAttribute("role", "article");
        card.setTitle(course.title());
        card.add(new Paragraph(course.summary()));
        Span facts = new Span(getTranslation("catalogue.facts", course.lessonCount(), course.estimatedMinutes())
                + (course.certificate() ? " · " + getTranslation("catalogue.certificate") : ""));
        facts.addClassName("podium-muted");
        FlexLayout tags = new FlexLayout();
        tags.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tags.getStyle().set("gap", "0.25rem");
        course.topics().forEach(tag -> tags.add(new Badge(topicTitle(tag))));
        if (!course.language().getLanguage().equals(getLocale().getLanguage())) {
            // a course not (yet) in the reader's language says so before they open it
            Badge language = new Badge(getTranslation("catalogue.language",
                    course.language().getDisplayLanguage(getLocale())));
            language.addClassName("course-language");
            tags.add(language);
            card.getElement().setAttribute("lang", course.language().toLanguageTag());
        }
        Badge state;
        if (progress == null) {
            state = new Badge(getTranslation("catalogue.state.not-enrolled"));
        } else if (progress.completed()) {
            state = new Badge(getTranslation("catalogue.state.completed"));
            state.addThemeVariants(BadgeVariant.SUCCESS);
        } else {
            state = new Badge(getTranslation("catalogue.state.progress", progress.percent()));
            state.addThemeVariants(BadgeVariant.WARNING);
        }
        state.addClassName("course-state");
        Button open = new Button(getTranslation("catalogue.open"),
                event -> UI.getCurrent().navigate("courses/" + course.id()));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.setAriaLabel(getTranslation("catalogue.open-course", course.title()));
        card.add(facts, tags, state);
        card.addToFooter(open);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.courses");
    }
}
