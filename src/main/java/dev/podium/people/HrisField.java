package dev.podium.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** What a column of an HRIS export may mean; the import guesses a column for each from the header names. */
public enum HrisField {
    EXTERNAL_ID(true, "employee id", "employee number", "employeeid", "employee no", "id", "person id",
            "worker id", "personnel number", "staff id", "hris id", "medarbejder id", "medarbejdernummer"),
    EMAIL(true, "email", "e mail", "email address", "e mail address", "work email", "business email", "mail"),
    FIRST_NAME(true, "first name", "firstname", "given name", "forename", "fornavn"),
    LAST_NAME(true, "last name", "lastname", "surname", "family name", "efternavn"),
    JOB_TITLE(false, "job title", "title", "position", "role", "stilling", "jobtitel"),
    DEPARTMENT(false, "department", "dept", "department name", "team", "organisation unit", "org unit", "afdeling"),
    COUNTRY(true, "country", "country code", "work country", "location country", "land", "landekode"),
    MANAGER_ID(false, "manager id", "line manager id", "manager employee id", "supervisor id", "reports to id",
            "leder id"),
    MANAGER_EMAIL(false, "manager email", "manager e mail", "line manager email", "supervisor email",
            "leder e mail", "leder email"),
    LANGUAGE(false, "language", "preferred language", "locale", "sprog"),
    STATUS(false, "status", "employment status", "active"),
    END_DATE(false, "end date", "termination date", "leaving date", "last day", "fratrædelsesdato", "slutdato");

    private final boolean required;
    private final List<String> aliases;

    HrisField(boolean required, String... aliases) {
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** A value must be mapped and present on every row. */
    public boolean required() {
        return required;
    }

    /** Translation key of the field's name. */
    public String labelKey() {
        return "hris.field." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean matches(String header) {
        return aliases.contains(normalise(header));
    }

    /** Lower case, accents and punctuation gone: "E-mail" and "E_Mail " both read "e mail". */
    static String normalise(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9æøå]+", " ").strip();
    }
}
