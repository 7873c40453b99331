package dev.podium.reporting;

import java.util.List;

/** The choices the dashboard's filters offer: departments and cohorts by id, countries by ISO code. */
public record FilterOptions(List<Option> departments, List<String> countries, List<Option> cohorts) {

    public FilterOptions {
        departments = List.copyOf(departments);
        countries = List.copyOf(countries);
        cohorts = List.copyOf(cohorts);
    }

    public record Option(long id, String label) {
    }
}
