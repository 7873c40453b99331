package dev.podium.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Chart.js bar or line chart ({@code frontend/components/podium-chart.ts}), fed with JSON from the server. The
 * canvas is hidden from assistive technology: every chart on a page comes with a table of the same figures.
 */
@Tag("podium-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/podium-chart.ts")
class PodiumChart extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String type;
    private boolean horizontal;
    private boolean stacked;
    private List<String> labels = List.of();
    private final List<Map<String, Object>> datasets = new ArrayList<>();

    private PodiumChart(String type) {
        this.type = type;
    }

    static PodiumChart bar() {
        return new PodiumChart("bar");
    }

    static PodiumChart line() {
        return new PodiumChart("line");
    }

    PodiumChart horizontal() {
        horizontal = true;
        return this;
    }

    PodiumChart stacked() {
        stacked = true;
        return this;
    }

    PodiumChart height(String height) {
        getElement().getStyle().set("height", height);
        return this;
    }

    /** Replaces the categories and their series; a null value is a figure not shown (a small group). */
    PodiumChart show(List<String> categories, Map<String, List<Long>> series) {
        labels = List.copyOf(categories);
        datasets.clear();
        series.forEach((label, values) -> {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("label", label);
            dataset.put("data", values);
            datasets.add(dataset);
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("horizontal", horizontal);
        data.put("stacked", stacked);
        data.put("labels", labels);
        data.put("datasets", datasets);
        getElement().setProperty("chartJson", JSON.writeValueAsString(data));
        return this;
    }
}
