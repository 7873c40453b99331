package dev.podium.activity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.podium.activity.WeekActivity;
import java.util.List;
import java.util.Locale;

/**
 * Original work against reshares per week, as plain bars (no chart library is bundled), with the same figures as
 * a table for screen readers and anyone who prefers numbers: the bars are hidden from assistive technology.
 */
class WeeklyChart extends Div {

    private static final String ORIGINAL_COLOUR = "#2563eb";
    private static final String RESHARE_COLOUR = "#9ca3af";
    private static final String HEIGHT = "9rem";

    WeeklyChart(List<WeekActivity> weeks) {
        setId("voice-chart");
        double max = weeks.stream().mapToDouble(week -> week.originalUnits() + week.reshares()).max().orElse(0);
        double scale = Math.max(1, max);

        Div bars = new Div();
        bars.getElement().setAttribute("aria-hidden", "true");
        bars.getStyle().set("display", "flex").set("align-items", "flex-end").set("gap", "0.4rem")
                .set("height", HEIGHT).set("padding", "0.25rem 0")
                .set("border-bottom", "1px solid currentColor");
        Div labels = new Div();
        labels.getElement().setAttribute("aria-hidden", "true");
        // a phone has no room for every week's label: styles.css thins them out there instead of clipping them
        labels.addClassName("podium-chart-axis");
        labels.getStyle().set("display", "flex").set("gap", "0.4rem").set("font-size", "0.75rem");
        for (WeekActivity week : weeks) {
            Div column = new Div();
            column.getStyle().set("flex", "1").set("display", "flex").set("flex-direction", "column-reverse")
                    .set("height", "100%");
            column.getElement().setAttribute("title", getTranslation("activity.ui.chart.week-text", week.isoWeek(),
                    week.originalUnits(), week.reshares(), week.substantiveComments()));
            column.add(segment(week.originalUnits() / scale, ORIGINAL_COLOUR),
                    segment(week.reshares() / scale, RESHARE_COLOUR));
            bars.add(column);
            Span label = new Span(getTranslation("activity.ui.chart.week-short", week.isoWeek()));
            label.getStyle().set("flex", "1").set("text-align", "center").set("min-width", "0")
                    .set("white-space", "nowrap");
            labels.add(label);
        }

        Div legend = new Div(swatch(ORIGINAL_COLOUR, getTranslation("activity.ui.chart.original")),
                swatch(RESHARE_COLOUR, getTranslation("activity.ui.chart.reshares")));
        legend.getStyle().set("display", "flex").set("gap", "1rem").set("font-size", "0.875rem")
                .set("margin-top", "0.5rem");

        Details table = new Details(getTranslation("activity.ui.chart.as-text"));
        table.setId("voice-chart-text");
        table.add(textAlternative(weeks));
        add(bars, labels, legend, table);
    }

    private static Component segment(double share, String colour) {
        Div segment = new Div();
        segment.getStyle().set("height", String.format(Locale.ROOT, "%.1f%%", Math.max(0, share) * 100))
                .set("background", colour).set("border-radius", "2px 2px 0 0");
        return segment;
    }

    private static Component swatch(String colour, String text) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "0.9rem").set("height", "0.9rem")
                .set("background", colour).set("margin-inline-end", "0.35rem").set("vertical-align", "middle");
        box.getElement().setAttribute("aria-hidden", "true");
        return new Span(box, new Span(text));
    }

    private Component textAlternative(List<WeekActivity> weeks) {
        Div table = new Div();
        table.addClassName("podium-scroll-x");
        var element = table.getElement();
        var html = new com.vaadin.flow.dom.Element("table");
        html.getStyle().set("border-collapse", "collapse");
        var head = new com.vaadin.flow.dom.Element("tr");
        for (String key : List.of("activity.ui.chart.week", "activity.ui.chart.original",
                "activity.ui.chart.reshares", "activity.ui.chart.substantive-comments")) {
            var cell = new com.vaadin.flow.dom.Element("th");
            cell.setAttribute("scope", "col");
            cell.setText(getTranslation(key));
            cell.getStyle().set("text-align", "start").set("padding", "0.15rem 0.75rem 0.15rem 0");
            head.appendChild(cell);
        }
        html.appendChild(head);
        for (WeekActivity week : weeks) {
            var row = new com.vaadin.flow.dom.Element("tr");
            row.appendChild(cell(getTranslation("activity.ui.chart.week-long", week.isoWeek(),
                            Labels.date(week.weekStart(), getLocale()))),
                    cell(getTranslation("activity.ui.chart.units", week.originalUnits())),
                    cell(Integer.toString(week.reshares())), cell(Integer.toString(week.substantiveComments())));
            html.appendChild(row);
        }
        element.appendChild(html);
        return table;
    }

    private static com.vaadin.flow.dom.Element cell(String text) {
        var cell = new com.vaadin.flow.dom.Element("td");
        cell.setText(text);
        cell.getStyle().set("padding", "0.15rem 0.75rem 0.15rem 0");
        return cell;
    }
}
