package dev.podium.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.drafts.DraftRuleViolation;
import dev.podium.drafts.DraftService;
import dev.podium.drafts.DraftView;
import dev.podium.drafts.PracticeHandIn;
import dev.podium.drafts.Preflight;
import dev.podium.drafts.ShareView;
import dev.podium.learning.LearningRuleViolation;
import dev.podium.learning.SubmissionTask;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * The employee's editor: the text with a live count against the platform's limit, the pre-flight check beside it
 * (advice, never a block), sharing with their coach while a programme links them, the coach's comments beside the
 * text, handing the draft in for a practice task, and the kept versions.
 */
@Route("drafts/:draftId")
@RolesAllowed(Roles.EMPLOYEE)
class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private DraftView draft;
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final Span counter = new Span();
    private final Div preflight = new Div();
    private final Div side = new Div();
    private final Div below = new Div();

    DraftEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassName("podium-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("draftId").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf);
        try {
            draft = id.map(drafts::draft).filter(DraftView::mine).orElse(null);
        } catch (AccessDeniedException e) {
            draft = null;
        }
        if (draft == null) {
            // someone else's draft looks the same as one that does not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        add(new H2(draft.title()), new Paragraph(getTranslation("drafts.editor.never-posted")));

        title.setLabel(getTranslation("drafts.title"));
        title.setId("draft-title");
        title.setMaxLength(120);
        title.setValue(draft.title());
        text.setLabel(getTranslation("drafts.kind.limit", DraftTexts.kind(this, draft.kind()), draft.kind().limit()));
        text.setId("draft-text");
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setValue(draft.text());
        // the count and the check follow the typing: the browser sends the value after a short pause
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(300);
        text.addValueChangeListener(e -> runCheck());
        counter.setId("draft-counter");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);

        preflight.setId("draft-preflight");
        Div editor = new Div(title, text, counter, new Div(save), new H3(getTranslation("drafts.check.title")),
                new Paragraph(getTranslation("drafts.check.advises")), preflight);
        editor.getStyle().set("flex", "3 1 28rem").set("min-width", "0");
        side.setId("draft-side");
        side.getStyle().set("flex", "2 1 18rem").set("min-width", "0");
        Div columns = new Div(editor, side);
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1.5rem");
        add(columns, below);
        runCheck();
        showSide();
        showBelow();
    }

    private void runCheck() {
        Preflight check = drafts.check(draft.kind(), text.getValue(), getLocale());
        counter.setText(getTranslation("drafts.counter", check.characters(), check.limit(), check.words()));
        counter.getStyle().set("color", check.overLimit() ? "var(--lumo-error-text-color, #c00)" : "inherit")
                .set("font-weight", check.overLimit() ? "600" : "400");
        DraftTexts.showPreflight(this, preflight, check);
    }

    private void save() {
        try {
            int before = draft.versionNumber();
            draft = drafts.save(draft.id(), title.getValue(), text.getValue());
            Notification.show(draft.versionNumber() == before ? getTranslation("drafts.editor.unchanged")
                    : getTranslation("drafts.editor.saved", draft.versionNumber()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            showSide();
            showBelow();
        } catch (DraftRuleViolation violation) {
            problem(getTranslation(violation.messageKey(), violation.arguments()));
        }
    }

    private void showSide() {
        side.removeAll();
        side.add(new H3(getTranslation("drafts.share.title")));
        ShareView share = draft.share();
        Paragraph state = new Paragraph(share == null ? getTranslation("drafts.share.not-shared")
                : share.closedAt() != null ? getTranslation(share.closedByOwner() ? "drafts.share.closed-by-you"
                        : "drafts.share.closed-by-coach", share.coachName(),
                        DraftTexts.dateTime(share.closedAt(), getLocale()))
                : getTranslation("drafts.share.open", share.coachName(),
                        DraftTexts.dateTime(share.sharedAt(), getLocale())));
        state.setId("draft-share-state");
        side.add(state);
        Optional<String> coach = drafts.myCoach();
        if (!draft.threadOpen()) {
            if (coach.isPresent()) {
                Button shareButton = new Button(getTranslation("drafts.share.button", coach.get()), e -> act(() ->
                        drafts.share(draft.id()), "drafts.share.done"));
                shareButton.setId("draft-share");
                side.add(shareButton);
            } else {
                side.add(new Paragraph(getTranslation("drafts.share.no-coach")));
            }
        } else {
            Button close = new Button(getTranslation("drafts.share.close"), e -> act(() -> drafts.close(draft.id()),
                    "drafts.share.closed"));
            close.setId("draft-close");
            close.addThemeVariants(ButtonVariant.TERTIARY);
            side.add(close);
        }
        side.add(new H3(getTranslation("drafts.comments.title")), DraftTexts.comments(this, draft.comments(), getLocale()));
        if (draft.threadOpen()) {
            side.add(new CommentForm(drafts, draft.id(), text, () -> draft.text(), () -> draft.versionNumber(),
                    this::reload));
        }
    }

    private void showBelow() {
        below.removeAll();
        below.add(new H3(getTranslation("drafts.practice.title")));
        PracticeHandIn practice = draft.practice();
        Paragraph handedIn = new Paragraph(practice == null ? getTranslation("drafts.practice.none")
                : getTranslation("drafts.practice.handed-in", practice.taskTitle(), practice.versionNumber(),
                        DraftTexts.dateTime(practice.at(), getLocale())));
        handedIn.setId("draft-practice");
        below.add(handedIn);
        var tasks = drafts.practiceTasks(getLocale());
        if (tasks.isEmpty()) {
            below.add(new Paragraph(getTranslation("drafts.practice.no-tasks")));
        } else {
            Select<SubmissionTask> task = new Select<>();
            task.setId("draft-practice-task");
            task.setLabel(getTranslation("drafts.practice.task"));
            task.setItems(tasks);
            task.setItemLabelGenerator(t -> t.courseTitle() + ": " + t.taskTitle()
                    + (t.submitted() ? " (" + getTranslation("drafts.practice.submitted") + ")" : ""));
            Button handIn = new Button(getTranslation("drafts.practice.hand-in"), e -> {
                if (task.getValue() == null) {
                    problem(getTranslation("drafts.practice.choose"));
                    return;
                }
                act(() -> drafts.handIn(draft.id(), task.getValue().courseId(), task.getValue().taskId(),
                        getLocale()), "drafts.practice.done");
            });
            handIn.setId("draft-hand-in");
            below.add(task, handIn);
        }
        Details versions = new Details(getTranslation("drafts.versions.title", draft.versions().size()),
                DraftTexts.versions(this, draft.versions(), getLocale()));
        versions.setId("draft-version-history");
        below.add(versions);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            reload();
        } catch (DraftRuleViolation violation) {
            problem(getTranslation(violation.messageKey(), violation.arguments()));
        } catch (LearningRuleViolation violation) {
            problem(getTranslation(violation.messageKey(), violation.arguments()));
        }
    }

    private void reload() {
        draft = drafts.draft(draft.id());
        showSide();
        showBelow();
    }

    private void problem(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("drafts.nav.mine") : draft.title();
    }
}
