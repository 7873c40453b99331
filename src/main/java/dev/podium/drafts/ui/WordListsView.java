package dev.podium.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.drafts.DraftRuleViolation;
import dev.podium.drafts.ListedWord;
import dev.podium.drafts.WatchListKind;
import dev.podium.drafts.WatchListService;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * HR's word lists for the draft check: confidential words (never shown to employees as a list) and product names
 * (their mention asks for disclosure). HR never sees anyone's drafts here or anywhere.
 */
@Route("draft-word-lists")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 67, title = "drafts.nav.word-lists", icon = "vaadin:list")
class WordListsView extends Main implements HasDynamicTitle {

    private final WatchListService lists;

    WordListsView(WatchListService lists) {
        this.lists = lists;
        addClassName("podium-page");
        add(new Paragraph(getTranslation("drafts.lists.intro")));
        for (WatchListKind kind : WatchListKind.values()) {
            add(section(kind));
        }
    }

    private Div section(WatchListKind kind) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        Grid<ListedWord> grid = new Grid<>();
        grid.setId("word-list-" + name);
        grid.addColumn(ListedWord::word).setHeader(getTranslation("drafts.lists.word")).setAutoWidth(true);
        grid.addComponentColumn(word -> {
            Button remove = new Button(getTranslation("drafts.lists.remove"), e -> {
                lists.remove(word.id());
                grid.setItems(lists.words(kind));
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            return remove;
        }).setHeader(getTranslation("grid.actions"));
        grid.setAllRowsVisible(true);
        grid.setItems(lists.words(kind));
        TextField word = new TextField(getTranslation("drafts.lists.new-word"));
        word.setId("word-list-" + name + "-new");
        word.setMaxLength(100);
        Paragraph problem = new Paragraph();
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        Button add = new Button(getTranslation("drafts.lists.add"), e -> {
            problem.setVisible(false);
            try {
                lists.add(kind, word.getValue());
                word.clear();
                grid.setItems(lists.words(kind));
            } catch (DraftRuleViolation violation) {
                problem.setText(getTranslation(violation.messageKey(), violation.arguments()));
                problem.setVisible(true);
            }
        });
        add.setId("word-list-" + name + "-add");
        HorizontalLayout form = new HorizontalLayout(word, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new H2(getTranslation("drafts.lists." + name)),
                new Paragraph(getTranslation("drafts.lists." + name + ".why")), form, problem, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.nav.word-lists");
    }
}
