package dev.podium.coaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.coaching.CoachingRuleViolation;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.Milestone;
import dev.podium.coaching.MyProgramme;
import dev.podium.coaching.Stage;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The employee's own programme: join, where they stand, and what to do next. */
@Route("coaching")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 16, title = "coaching.nav.my-programme", icon = "vaadin:flag-checkered")
class MyCoachingView extends Main implements HasDynamicTitle {

    private final CoachingService coaching;

    MyCoachingView(CoachingService coaching) {
        this.coaching = coaching;
        addClassName("podium-page");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("coaching.nav.my-programme")));
        Optional<MyProgramme> programme = coaching.myProgramme();
        if (programme.isEmpty() || !programme.get().stage().open()) {
            programme.ifPresent(last -> add(new Paragraph(getTranslation("coaching.my.last",
                    getTranslation(Texts.stage(last.stage())), Texts.date(last.startedAt(), getLocale())))));
            add(new Paragraph(getTranslation("coaching.my.intro")));
            Button join = new Button(getTranslation("coaching.my.join"), e -> join());
            join.setId("coaching-join");
            join.addThemeVariants(ButtonVariant.PRIMARY);
            add(join);
            return;
        }
        MyProgramme mine = programme.get();
        add(new Paragraph(getTranslation("coaching.my.coach", mine.coachName(),
                Texts.date(mine.startedAt(), getLocale()))));
        OrderedList timeline = new OrderedList();
        timeline.setId("coaching-timeline");
        for (Stage stage : List.of(Stage.GUIDELINES, Stage.PROFILE_AUDIT, Stage.VOICE_TOPICS, Stage.PRACTICE,
                Stage.FINAL_CHECK_IN, Stage.COMPLETED)) {
            ListItem item = new ListItem(getTranslation(Texts.stage(stage)) + " – " + getTranslation(state(mine, stage)));
            item.setId("coaching-step-" + stage.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (stage == mine.stage()) {
                item.getStyle().set("font-weight", "bold");
            }
            timeline.add(item);
        }
        add(timeline, new H2(getTranslation("coaching.my.next")));
        add(next(mine).toArray(Component[]::new));
    }

    /**
     * Where one step stands for the participant. A later step already done outside the programme (an approved audit,
     * topics chosen) says so: the page promises that what was done before counts, and the stepper must not say
     * "later" for it.
     */
    static String state(MyProgramme mine, Stage stage) {
        if (stage.ordinal() < mine.stage().ordinal()) {
            return "coaching.my.done";
        }
        if (stage == mine.stage()) {
            return stage == Stage.VOICE_TOPICS && mine.voiceTopicsChosen() ? "coaching.my.topics-chosen-now"
                    : "coaching.my.current";
        }
        if (stage == Stage.PROFILE_AUDIT && mine.milestones().contains(Milestone.PROFILE_AUDIT_APPROVED)) {
            return "coaching.my.done-already";
        }
        if (stage == Stage.VOICE_TOPICS && mine.voiceTopicsChosen()) {
            return "coaching.my.topics-chosen";
        }
        return "coaching.my.later";
    }

    private List<Component> next(MyProgramme mine) {
        List<Component> steps = new ArrayList<>();
        switch (mine.stage()) {
            case GUIDELINES -> {
                if (!mine.milestones().contains(Milestone.GUIDELINES_COURSE)) {
                    steps.add(link("courses/social-media-guidelines", "coaching.my.next.course"));
                }
                if (!mine.milestones().contains(Milestone.POLICY_ATTESTED)) {
                    steps.add(link("policies/social-media-guidelines", "coaching.my.next.attest"));
                }
            }
            case PROFILE_AUDIT -> steps.add(link("audit", "coaching.my.next.audit"));
            case VOICE_TOPICS -> {
                steps.add(link("voice/topics", mine.voiceTopicsChosen() ? "coaching.my.next.topics-chosen"
                        : "coaching.my.next.topics"));
                steps.add(new Paragraph(getTranslation("coaching.my.next.meet-coach")));
            }
            case PRACTICE -> {
                steps.add(new Paragraph(mine.goalMet() ? getTranslation("coaching.my.goal-met")
                        : getTranslation("coaching.my.next.practice", mine.goal().originalPostWeeks(),
                                mine.goal().weeks(), mine.goal().sliAtLeast())));
                steps.add(link("activity/import", "coaching.my.next.import"));
            }
            case FINAL_CHECK_IN -> steps.add(new Paragraph(getTranslation("coaching.my.next.final")));
            default -> { }
        }
        return steps;
    }

    private Component link(String route, String textKey) {
        Paragraph paragraph = new Paragraph(new Anchor(route, getTranslation(textKey)));
        paragraph.addClassName("coaching-next");
        return paragraph;
    }

    private void join() {
        try {
            coaching.join(getLocale());
            Notification.show(getTranslation("coaching.my.joined")).addThemeVariants(NotificationVariant.SUCCESS);
            show();
        } catch (CoachingRuleViolation problem) {
            Notification.show(getTranslation(problem.messageKey())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.nav.my-programme");
    }
}
