package dev.podium.rollout.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.rollout.WaveService;
import dev.podium.rollout.WaveSummary;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/** HR's waves of the programme rollout, newest first; a new one starts the steps objectives → plan → launch. */
@Route("waves")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 53, title = "nav.waves", icon = "vaadin:rocket")
class WaveListView extends Main implements HasDynamicTitle {

    WaveListView(WaveService waves) {
        addClassName("podium-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
        Button create = new Button(getTranslation("wave.ui.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("waves/new"));
        create.setId("wave-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<WaveSummary> grid = new Grid<>();
        grid.setId("wave-grid");
        grid.addColumn(WaveSummary::name).setHeader(getTranslation("wave.ui.name")).setAutoWidth(true);
        grid.addColumn(w -> getTranslation("wave.state." + w.state().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("wave.ui.state")).setAutoWidth(true);
        grid.addColumn(w -> w.dueDate() == null ? "" : dates.format(w.dueDate()))
                .setHeader(getTranslation("wave.ui.due-date")).setAutoWidth(true);
        grid.addColumn(WaveSummary::courses).setHeader(getTranslation("wave.ui.courses")).setAutoWidth(true);
        grid.addColumn(w -> w.coachingProgramme() ? getTranslation("wave.ui.yes") : "")
                .setHeader(getTranslation("wave.ui.coaching")).setAutoWidth(true);
        grid.setItems(query -> waves.list(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.addItemClickListener(e -> UI.getCurrent().navigate("waves/" + e.getItem().id()));
        grid.setSizeFull();
        add(new Paragraph(getTranslation("wave.ui.intro")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.waves");
    }
}
