package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.Locale;

/** An active person holding the coach role, with the language they prefer to work in. */
public record ActiveCoach(EmployeeId id, String name, Locale locale) {

    /**
     * The coach to give new work to: among those who speak the language (everyone, when nobody does), the one with
     * the least open work by the caller's measure, then by name and id so every node chooses the same.
     */
    public static java.util.Optional<ActiveCoach> leastLoaded(java.util.List<ActiveCoach> coaches, Locale language,
            java.util.function.ToLongFunction<EmployeeId> openWork) {
        java.util.List<ActiveCoach> speakers = coaches.stream()
                .filter(c -> language != null && c.locale().getLanguage().equals(language.getLanguage())).toList();
        return (speakers.isEmpty() ? coaches : speakers).stream()
                .min(java.util.Comparator.comparingLong((ActiveCoach c) -> openWork.applyAsLong(c.id()))
                        .thenComparing(ActiveCoach::name).thenComparingLong(c -> c.id().value()));
    }
}
