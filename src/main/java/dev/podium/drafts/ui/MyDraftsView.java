package dev.podium.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.drafts.DraftKind;
import dev.podium.drafts.DraftRuleViolation;
import dev.podium.drafts.DraftService;
import dev.podium.drafts.DraftSummary;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** The employee's drafts: a list, and a new draft of a kind (headline, About, post, comment). */
@Route("drafts")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 24, title = "drafts.nav.mine", icon = "vaadin:edit")
class MyDraftsView extends Main implements HasDynamicTitle {

    MyDraftsView(DraftService drafts) {
        addClassName("podium-page");
        add(new Paragraph(getTranslation("drafts.intro")));

        Select<DraftKind> kind = new Select<>();
        kind.setId("draft-new-kind");
        kind.setLabel(getTranslation("drafts.kind"));
        kind.setItems(DraftKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("drafts.kind.limit", DraftTexts.kind(this, k), k.limit()));
        kind.setValue(DraftKind.POST);
        TextField title = new TextField(getTranslation("drafts.title"));
        title.setId("draft-new-title");
        title.setMaxLength(120);
        Paragraph problem = new Paragraph();
        problem.setId("draft-new-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button create = new Button(getTranslation("drafts.new"), e -> {
            try {
                long id = drafts.create(kind.getValue(), title.getValue());
                getUI().ifPresent(ui -> ui.navigate("drafts/" + id));
            } catch (DraftRuleViolation violation) {
                problem.setText(getTranslation(violation.messageKey(), violation.arguments()));
                problem.setVisible(true);
            }
        });
        create.setId("draft-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout form = new HorizontalLayout(kind, title, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        Grid<DraftSummary> grid = new Grid<>();
        grid.setId("my-drafts");
        grid.addColumn(DraftSummary::title).setHeader(getTranslation("drafts.title")).setAutoWidth(true);
        grid.addColumn(d -> DraftTexts.kind(this, d.kind())).setHeader(getTranslation("drafts.kind"))
                .setAutoWidth(true);
        grid.addColumn(DraftSummary::versionNumber).setHeader(getTranslation("drafts.versions.count"))
                .setAutoWidth(true);
        grid.addColumn(d -> DraftTexts.dateTime(d.updatedAt(), getLocale()))
                .setHeader(getTranslation("drafts.updated")).setAutoWidth(true);
        grid.addColumn(d -> d.shared() == null ? "" : getTranslation("drafts.share.state."
                + d.shared().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("drafts.share.column"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + e.getItem().id())));
        var mine = drafts.myDrafts();
        grid.setItems(mine);
        add(new H2(getTranslation("drafts.new-title")), form, problem, new H2(getTranslation("drafts.list")));
        add(mine.isEmpty() ? new Paragraph(getTranslation("drafts.none")) : grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.nav.mine");
    }
}
