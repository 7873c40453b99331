package dev.podium.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeRef;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form on its own, without Spring or a browser: it reports what HR typed, or nothing when it is invalid. */
class EmployeeFormTest {

    private final List<DepartmentSummary> departments = List.of(new DepartmentSummary(3, "Engineering", "DK"));
    private final EmployeeRef boss = new EmployeeRef(9, "Karen Vestergaard", "karen@example.org");
    private EmployeeForm form;
    private final List<EmployeeDraft> saved = new ArrayList<>();
    private int cancelled;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        form = new EmployeeForm(departments,
                query -> Stream.of(boss).skip(query.getOffset()).limit(query.getLimit()));
        form.addSaveListener(event -> saved.add(event.draft()));
        form.addCancelListener(event -> cancelled++);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void a_complete_form_reports_the_person_as_typed() {
        form.edit(null, Optional.empty(), departments);
        form.firstName.setValue("Ida");
        form.lastName.setValue("Christensen");
        form.email.setValue("ida@example.org");
        form.department.setValue(departments.getFirst());
        form.country.setValue("DK");
        form.lineManager.setValue(boss);
        form.roles.setValue(Set.of(Role.EMPLOYEE, Role.COACH));
        form.language.setValue(Languages.DANISH);

        form.save.click();

        assertThat(saved).containsExactly(new EmployeeDraft("Ida", "Christensen", "ida@example.org", "", 3L, "DK",
                EmployeeId.of(9), Set.of(Role.EMPLOYEE, Role.COACH), Languages.DANISH));
    }

    @Test
    void missing_required_fields_report_nothing_and_mark_the_fields() {
        form.edit(null, Optional.empty(), departments);
        form.firstName.setValue("Ida");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.lastName.isInvalid()).isTrue();
        assertThat(form.country.isInvalid()).isTrue();
    }

    @Test
    void editing_shows_the_existing_person() {
        form.edit(new EmployeeDraft("Mads", "Nielsen", "mads@example.org", "Engineering Manager", 3L, "DK", null,
                Set.of(Role.LINE_MANAGER), Locale.forLanguageTag("da")), Optional.of(boss), departments);

        assertThat(form.firstName.getValue()).isEqualTo("Mads");
        assertThat(form.department.getValue()).isEqualTo(departments.getFirst());
        assertThat(form.lineManager.getValue()).isEqualTo(boss);
        assertThat(form.roles.getValue()).containsExactly(Role.LINE_MANAGER);
    }

    @Test
    void a_rule_broken_on_the_server_is_shown_on_its_field() {
        form.showProblem("email", "Someone else already has this e-mail address.");
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Someone else already has this e-mail address.");
    }

    @Test
    void a_typed_department_name_is_offered_for_creation_in_the_chosen_country() {
        List<EmployeeForm.NewDepartmentEvent> requested = new ArrayList<>();
        form.addNewDepartmentListener(requested::add);
        form.edit(null, Optional.empty(), departments);
        form.country.setValue("DE");

        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(form.department, "  Research ");

        assertThat(requested).singleElement().satisfies(event -> {
            assertThat(event.name()).isEqualTo("Research");
            assertThat(event.countryCode()).isEqualTo("DE");
        });
        DepartmentSummary research = new DepartmentSummary(4, "Research", "DE");
        form.departmentCreated(List.of(departments.getFirst(), research), research);
        assertThat(form.department.getValue()).isEqualTo(research);
    }

    @Test
    void cancel_is_reported() {
        form.cancel.click();
        assertThat(cancelled).isOne();
        assertThat(saved).isEmpty();
    }
}
