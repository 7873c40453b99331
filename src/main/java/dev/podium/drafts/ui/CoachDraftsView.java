package dev.podium.drafts.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.podium.drafts.DraftService;
import dev.podium.drafts.SharedDraft;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Drafts participants shared with the signed-in coach; reached from the programme board. */
@Route("coach/drafts")
@RolesAllowed(Roles.COACH)
class CoachDraftsView extends Main implements HasDynamicTitle {

    CoachDraftsView(DraftService drafts) {
        addClassName("podium-page");
        add(new Paragraph(getTranslation("drafts.coach.intro")));
        var shared = drafts.sharedWithMe();
        if (shared.isEmpty()) {
            add(new Paragraph(getTranslation("drafts.coach.none")));
            return;
        }
        Grid<SharedDraft> grid = new Grid<>();
        grid.setId("coach-drafts");
        grid.addColumn(SharedDraft::participantName).setHeader(getTranslation("drafts.coach.participant"))
                .setAutoWidth(true);
        grid.addColumn(SharedDraft::title).setHeader(getTranslation("drafts.title")).setAutoWidth(true);
        grid.addColumn(d -> DraftTexts.kind(this, d.kind())).setHeader(getTranslation("drafts.kind"))
                .setAutoWidth(true);
        grid.addColumn(d -> DraftTexts.dateTime(d.sharedAt(), getLocale()))
                .setHeader(getTranslation("drafts.coach.shared-at")).setAutoWidth(true);
        grid.addColumn(SharedDraft::comments).setHeader(getTranslation("drafts.comments.title")).setAutoWidth(true);
        grid.addColumn(d -> d.handedIn() ? getTranslation("drafts.coach.practice-yes") : "")
                .setHeader(getTranslation("drafts.practice.title")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(shared);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("coach/drafts/" + e.getItem().draftId())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.coach.title");
    }
}
