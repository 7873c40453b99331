package dev.podium.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.activity.ActivityEvidence;
import dev.podium.activity.Conversations;
import dev.podium.coaching.CheckInDecision;
import dev.podium.coaching.CoachTask;
import dev.podium.coaching.CoachingRuleViolation;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.Participant;
import dev.podium.coaching.ProgrammeRow;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/** The coach's board: their participants by stage, open steps, and the check-in forms. */
@Route("coach/programmes")
@RolesAllowed(Roles.COACH)
@Menu(order = 45, title = "coaching.nav.coach-board", icon = "vaadin:calendar-user")
class CoachProgrammesView extends Main implements HasDynamicTitle {

    private final CoachingService coaching;
    private final Grid<ProgrammeRow> participants = new Grid<>();
    private final Div tasks = new Div();
    private final Div details = new Div();

    CoachProgrammesView(CoachingService coaching) {
        this.coaching = coaching;
        addClassName("podium-page");
        participants.setId("coach-participants");
        participants.addColumn(row -> getTranslation(Texts.stage(row.stage())))
                .setHeader(getTranslation("coaching.stage")).setAutoWidth(true);
        participants.addColumn(ProgrammeRow::participantName)
                .setHeader(getTranslation("coaching.programmes.participant")).setAutoWidth(true);
        participants.addColumn(row -> Texts.date(row.lastProgressAt(), getLocale()))
                .setHeader(getTranslation("coaching.programmes.last-progress")).setAutoWidth(true);
        participants.setAllRowsVisible(true);
        participants.addItemClickListener(e -> showDetails(e.getItem().programmeId()));
        tasks.setId("coach-tasks");
        details.setId("coach-participant");
        // the drafts module sits above coaching: linked by its route, so the board does not depend on it
        Anchor drafts = new Anchor("coach/drafts", getTranslation("coaching.board.shared-drafts"));
        drafts.setId("coach-shared-drafts");
        add(new Paragraph(drafts), new H2(getTranslation("coaching.board.tasks")), tasks,
                new H2(getTranslation("coaching.board.participants")), participants, details);
        refresh();
    }

    private void refresh() {
        participants.setItems(coaching.myParticipants().stream()
                .sorted(Comparator.comparing(ProgrammeRow::stage).thenComparing(ProgrammeRow::participantName))
                .toList());
        tasks.removeAll();
        var open = coaching.myCoachTasks();
        if (open.isEmpty()) {
            tasks.add(new Paragraph(getTranslation("coaching.board.no-tasks")));
        }
        for (CoachTask task : open) {
            Paragraph line = new Paragraph(getTranslation(Texts.task(task.kind())) + ": " + task.participantName()
                    + " (" + Texts.date(task.since(), getLocale()) + ") ");
            Button openTask = new Button(getTranslation("coaching.board.open"), e -> showDetails(task.programmeId()));
            openTask.addThemeVariants(ButtonVariant.TERTIARY);
            line.add(openTask);
            tasks.add(line);
        }
    }

    private void showDetails(long programmeId) {
        details.removeAll();
        Participant p = coaching.participant(programmeId);
        details.add(new H3(p.name() + " – " + getTranslation(Texts.stage(p.stage()))));
        details.add(new Paragraph(getTranslation("coaching.board.milestones") + ": " + (p.milestones().isEmpty()
                ? getTranslation("coaching.board.none")
                : p.milestones().stream().map(m -> getTranslation(Texts.milestone(m)))
                        .collect(Collectors.joining(", ")))));
        ActivityEvidence evidence = p.evidence();
        details.add(new Paragraph(getTranslation("coaching.board.evidence",
                getTranslation(evidence.voiceTopicsChosen() ? "coaching.board.topics-chosen"
                        : "coaching.board.topics-missing"),
                evidence.weeksWithOriginalPostsInLast6(), evidence.substantiveComments(),
                evidence.socialLeadershipIndex())));
        Conversations conversations = p.conversations();
        Paragraph talk = new Paragraph(!conversations.exportImported()
                ? getTranslation("coaching.board.conversations.none")
                : conversations.postsWithCommentFigures() == 0
                        ? getTranslation("coaching.board.conversations.no-comment-figures",
                                conversations.posts().size())
                        : getTranslation("coaching.board.conversations", conversations.postsStarted(),
                                conversations.postsWithCommentFigures(), conversations.commentsReceived(),
                                conversations.repostsReceived(), conversations.impressions()));
        talk.setId("coach-conversations");
        details.add(talk);
        if (p.goalMet()) {
            details.add(new Paragraph(getTranslation("coaching.board.goal-met")));
        }
        if (p.midpointNotes() != null) {
            details.add(new Paragraph(getTranslation("coaching.task.midpoint-check-in") + ": " + p.midpointNotes()));
        }
        for (CoachTask task : p.openTasks()) {
            switch (task.kind()) {
                case AGREE_TOPICS -> {
                    Button agree = new Button(getTranslation("coaching.board.agree-topics"),
                            e -> act(() -> coaching.agreeTopics(programmeId)));
                    agree.setId("coach-agree-topics");
                    agree.addThemeVariants(ButtonVariant.PRIMARY);
                    details.add(agree);
                }
                case MIDPOINT_CHECK_IN -> {
                    TextArea notes = notes("coach-midpoint-notes");
                    Button save = new Button(getTranslation("coaching.board.save-midpoint"),
                            e -> act(() -> coaching.recordMidpointCheckIn(programmeId, notes.getValue())));
                    save.setId("coach-midpoint-save");
                    save.addThemeVariants(ButtonVariant.PRIMARY);
                    details.add(notes, save);
                }
                case FINAL_CHECK_IN -> {
                    TextArea notes = notes("coach-final-notes");
                    RadioButtonGroup<CheckInDecision> decision = new RadioButtonGroup<>(
                            getTranslation("coaching.board.decision"));
                    decision.setId("coach-final-decision");
                    decision.setItems(CheckInDecision.values());
                    decision.setItemLabelGenerator(d -> getTranslation(
                            "coaching.decision." + d.name().toLowerCase(Locale.ROOT)));
                    Button save = new Button(getTranslation("coaching.board.save-final"),
                            e -> act(() -> coaching.recordFinalCheckIn(programmeId, notes.getValue(),
                                    decision.getValue())));
                    save.setId("coach-final-save");
                    save.addThemeVariants(ButtonVariant.PRIMARY);
                    details.add(notes, decision, save);
                }
                default -> { }
            }
        }
    }

    private TextArea notes(String id) {
        TextArea notes = new TextArea(getTranslation("coaching.board.notes"));
        notes.setId(id);
        notes.setMaxLength(CoachingService.MAX_NOTES);
        notes.setWidthFull();
        return notes;
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show(getTranslation("coaching.board.saved")).addThemeVariants(NotificationVariant.SUCCESS);
            details.removeAll();
            refresh();
        } catch (CoachingRuleViolation problem) {
            Notification.show(getTranslation(problem.messageKey())).addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.nav.coach-board");
    }
}
