package dev.podium.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.drafts.DraftRuleViolation;
import dev.podium.drafts.DraftService;
import dev.podium.drafts.DraftView;
import dev.podium.drafts.PracticeHandIn;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A draft shared with the signed-in coach: the text (read only), comments on passages beside it, the practice task it
 * was handed in for, the kept versions, and closing the thread. Only while the programme links them and the thread is
 * open; otherwise the page is "not available".
 */
@Route("coach/drafts/:draftId")
@RolesAllowed(Roles.COACH)
class CoachDraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private DraftView draft;

    CoachDraftView(DraftService drafts) {
        this.drafts = drafts;
        addClassName("podium-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("draftId").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf);
        try {
            draft = id.map(drafts::draft).filter(d -> !d.mine()).orElse(null);
        } catch (AccessDeniedException e) {
            draft = null;
        }
        if (draft == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        add(new Anchor("coach/drafts", getTranslation("drafts.coach.back")));
        add(new H2(getTranslation("drafts.coach.heading", draft.ownerName(), draft.title())));
        TextArea text = new TextArea(getTranslation("drafts.coach.text", DraftTexts.kind(this, draft.kind()),
                draft.versionNumber()));
        text.setId("coach-draft-text");
        text.setValue(draft.text());
        text.setReadOnly(true);
        text.setWidthFull();
        int characters = draft.text().codePointCount(0, draft.text().length());
        Paragraph count = new Paragraph(getTranslation("drafts.coach.count", characters, draft.kind().limit()));
        PracticeHandIn practice = draft.practice();
        Paragraph handedIn = new Paragraph(practice == null ? getTranslation("drafts.practice.none")
                : getTranslation("drafts.practice.handed-in", practice.taskTitle(), practice.versionNumber(),
                        DraftTexts.dateTime(practice.at(), getLocale())));
        handedIn.setId("coach-draft-practice");
        Div left = new Div(text, count, handedIn, new Details(getTranslation("drafts.versions.title",
                draft.versions().size()), DraftTexts.versions(this, draft.versions(), getLocale())));
        left.getStyle().set("flex", "3 1 28rem").set("min-width", "0");
        Button close = new Button(getTranslation("drafts.share.close"), e -> {
            try {
                drafts.close(draft.id());
                Notification.show(getTranslation("drafts.share.closed"), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("coach/drafts"));
            } catch (DraftRuleViolation violation) {
                Notification.show(getTranslation(violation.messageKey(), violation.arguments()));
            }
        });
        close.setId("coach-draft-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        Div right = new Div(new H3(getTranslation("drafts.comments.title")), DraftTexts.comments(this,
                draft.comments(), getLocale()), new CommentForm(drafts, draft.id(), text, () -> draft.text(),
                        () -> draft.versionNumber(), this::reload), close);
        right.getStyle().set("flex", "2 1 18rem").set("min-width", "0");
        Div columns = new Div(left, right);
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "1.5rem");
        add(columns);
    }

    private void reload() {
        draft = drafts.draft(draft.id());
        build();
    }

    @Override
    public String getPageTitle() {
        return draft == null ? getTranslation("drafts.coach.title") : draft.title();
    }
}
