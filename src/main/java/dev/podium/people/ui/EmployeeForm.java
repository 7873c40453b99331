package dev.podium.people.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.shared.Registration;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeRef;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fields HR edits for a person. Knows nothing about services: it is given the choices, and tells its
 * owner through events when the person is to be saved or the editing cancelled.
 */
class EmployeeForm extends FormLayout {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final TextField jobTitle = new TextField();
    final ComboBox<DepartmentSummary> department = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<EmployeeRef> lineManager = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<Locale> language = new Select<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Fields> binder = new Binder<>(Fields.class);
    private Fields fields = new Fields();

    EmployeeForm(List<DepartmentSummary> departments, CallbackDataProvider.FetchCallback<EmployeeRef, String> managers) {
        firstName.setLabel(getTranslation("employee.first-name"));
        lastName.setLabel(getTranslation("employee.last-name"));
        email.setLabel(getTranslation("employee.email"));
        jobTitle.setLabel(getTranslation("employee.job-title"));
        department.setLabel(getTranslation("employee.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name() + " (" + d.countryCode() + ")");
        department.setClearButtonVisible(true);
        // HR may type a department that does not exist yet; the owner decides whether to create it
        department.setAllowCustomValue(true);
        department.setHelperText(getTranslation("employee.department-help"));
        department.addCustomValueSetListener(event -> fireEvent(
                new NewDepartmentEvent(this, event.getDetail().strip(), country.getValue())));
        country.setLabel(getTranslation("employee.country"));
        Locale uiLocale = getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(uiLocale))).toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(uiLocale) + " (" + code + ")");
        lineManager.setLabel(getTranslation("employee.line-manager"));
        // fetched page by page as HR scrolls or types, without counting every active person first
        lineManager.setItems(managers);
        lineManager.setItemLabelGenerator(ref -> ref.name() + " · " + ref.email());
        lineManager.setClearButtonVisible(true);
        roles.setLabel(getTranslation("employee.roles"));
        roles.setItems(Role.grantableRoles());
        roles.setItemLabelGenerator(role -> getTranslation(role.messageKey()));
        language.setLabel(getTranslation("employee.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(Languages::nativeName);

        firstName.setId("employee-first-name");
        lastName.setId("employee-last-name");
        email.setId("employee-email");
        department.setId("employee-department");
        country.setId("employee-country");
        lineManager.setId("employee-line-manager");
        roles.setId("employee-roles");
        save.setId("employee-save");

        String required = getTranslation("form.required");
        binder.forField(firstName).asRequired(required).bind(f -> f.firstName, (f, v) -> f.firstName = v);
        binder.forField(lastName).asRequired(required).bind(f -> f.lastName, (f, v) -> f.lastName = v);
        // the field's own check marks a malformed address invalid; without these texts it did so without a word
        email.setI18n(new EmailField.EmailFieldI18n().setRequiredErrorMessage(required)
                .setPatternErrorMessage(getTranslation("employee.error.email-invalid")));
        binder.forField(email).asRequired(required)
                .withValidator(new EmailValidator(getTranslation("employee.error.email-invalid")))
                .bind(f -> f.email, (f, v) -> f.email = v);
        binder.forField(jobTitle).bind(f -> f.jobTitle, (f, v) -> f.jobTitle = v);
        binder.forField(department).bind(f -> f.department, (f, v) -> f.department = v);
        binder.forField(country).asRequired(required).bind(f -> f.country, (f, v) -> f.country = v);
        binder.forField(lineManager).bind(f -> f.lineManager, (f, v) -> f.lineManager = v);
        binder.forField(roles).asRequired(required).bind(f -> f.roles, (f, v) -> f.roles = v);
        binder.forField(language).asRequired(required).bind(f -> f.language, (f, v) -> f.language = v);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> validateAndSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));

        add(firstName, lastName, email, jobTitle, department, country, lineManager, language, roles);
        setColspan(roles, 2);
        add(new HorizontalLayout(save, cancel), 2);
    }

    /** Shows a person to edit, or an empty form with sensible defaults for a new one. */
    void edit(EmployeeDraft draft, Optional<EmployeeRef> manager, List<DepartmentSummary> departments) {
        fields = new Fields();
        if (draft != null) {
            fields.firstName = draft.firstName();
            fields.lastName = draft.lastName();
            fields.email = draft.email();
            fields.jobTitle = Objects.requireNonNullElse(draft.jobTitle(), "");
            fields.department = departments.stream()
                    .filter(d -> draft.departmentId() != null && d.id() == draft.departmentId()).findFirst()
                    .orElse(null);
            fields.country = draft.countryCode();
            fields.lineManager = manager.orElse(null);
            fields.roles = draft.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(draft.roles());
            fields.language = Languages.closest(draft.locale());
        }
        binder.readBean(fields);
    }

    /** Marks the field a server-side rule rejected, with the reason in the person's language. */
    void showProblem(String field, String message) {
        var target = switch (field) {
            case "firstName" -> firstName;
            case "lastName" -> lastName;
            case "email" -> email;
            case "jobTitle" -> jobTitle;
            case "department" -> department;
            case "country" -> country;
            case "lineManager" -> lineManager;
            case "roles" -> roles;
            default -> null;
        };
        if (target instanceof com.vaadin.flow.component.HasValidation validation) {
            validation.setErrorMessage(message);
            validation.setInvalid(true);
        }
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(fields)) {
            fireEvent(new SaveEvent(this, new EmployeeDraft(fields.firstName, fields.lastName, fields.email,
                    fields.jobTitle, fields.department == null ? null : fields.department.id(), fields.country,
                    fields.lineManager == null ? null : EmployeeId.of(fields.lineManager.id()), fields.roles,
                    fields.language)));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addNewDepartmentListener(ComponentEventListener<NewDepartmentEvent> listener) {
        return addListener(NewDepartmentEvent.class, listener);
    }

    /** Offers a department that was just created and selects it. */
    void departmentCreated(List<DepartmentSummary> departments, DepartmentSummary created) {
        department.setItems(departments);
        department.setValue(created);
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<EmployeeForm> {
        private final EmployeeDraft draft;

        SaveEvent(EmployeeForm source, EmployeeDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        EmployeeDraft draft() {
            return draft;
        }
    }

    /** HR typed a department name that is not in the list; {@code countryCode} may be null if none was chosen. */
    static final class NewDepartmentEvent extends ComponentEvent<EmployeeForm> {
        private final String name;
        private final String countryCode;

        NewDepartmentEvent(EmployeeForm source, String name, String countryCode) {
            super(source, false);
            this.name = name;
            this.countryCode = countryCode;
        }

        String name() {
            return name;
        }

        String countryCode() {
            return countryCode;
        }
    }

    static final class CancelEvent extends ComponentEvent<EmployeeForm> {
        CancelEvent(EmployeeForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; the binder needs something mutable. */
    static final class Fields {
        String firstName = "";
        String lastName = "";
        String email = "";
        String jobTitle = "";
        DepartmentSummary department;
        String country;
        EmployeeRef lineManager;
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        Locale language = Languages.ENGLISH;
    }
}
