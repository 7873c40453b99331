package dev.podium.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PodiumSpringTest;
import dev.podium.security.AccountService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@PodiumSpringTest
class HrisImportIntegrationTest {

    @Autowired
    HrisImportService imports;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    AccountService accounts;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void actAsHr() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "hr-test", null, List.of(new SimpleGrantedAuthority(Role.HR_ADMIN.authority()))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void names_with_invisible_direction_overrides_are_problems_of_their_line() {
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Department,Country
                %1$s-1,ok.%1$s@example.org,Ole,Olsen,Bidi %1$s,DK
                %1$s-2,rlo.%1$s@example.org,Eve\u202Efdp.exe,Evans,Bidi %1$s,DK
                """.formatted(tag));

        HrisPreview preview = imports.preview(file, HrisMapping.guess(file.headers()), n -> { }).join();

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(HrisProblem::line, HrisProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "name.error.bidi"));
    }

    @Test
    void a_file_with_bad_rows_lists_every_problem_by_line_and_imports_nothing() {
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Department,Country,Manager ID
                %1$s-1,boss.%1$s@example.org,Bo,Boss,Sales %1$s,DK,
                %1$s-2,not-an-email,Ann,Andersen,Sales %1$s,DK,%1$s-1
                %1$s-3,carl.%1$s@example.org,,Carlsen,Sales %1$s,XX,%1$s-1
                %1$s-1,dup.%1$s@example.org,Dan,Dupe,Sales %1$s,DK,
                %1$s-5,eve.%1$s@example.org,Eve,Evans,Sales %1$s,DK,%1$s-99
                %1$s-6,boss.%1$s@example.org,Fay,Fisher,Sales %1$s,SE,%1$s-1
                """.formatted(tag));

        HrisPreview preview = imports.preview(file, HrisMapping.guess(file.headers()), n -> { }).join();

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems()).extracting(HrisProblem::line, HrisProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "hris.error.email-invalid"),
                org.assertj.core.groups.Tuple.tuple(4, "hris.error.missing"),
                org.assertj.core.groups.Tuple.tuple(4, "hris.error.country-unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "hris.error.duplicate-id"),
                org.assertj.core.groups.Tuple.tuple(6, "hris.error.manager-unknown"),
                org.assertj.core.groups.Tuple.tuple(7, "hris.error.duplicate-email"));
        assertThat(preview.problems().get(3).arguments()).containsExactly(tag + "-1", "2");

        assertThatThrownBy(() -> imports.importFile(file, HrisMapping.guess(file.headers()), n -> { }).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(HrisImportRejected.class);
        assertThat(employees.findByEmail("boss." + tag + "@example.org")).as("nothing imported").isEmpty();
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_the_second_time_and_a_change_updates_only_that_person() {
        String csv = """
                Employee ID;E-mail;First name;Last name;Job title;Department;Country;Manager e-mail;Language
                %1$s-1;boss.%1$s@example.org;Bo;Boss;Director;Sales %1$s;DK;;da
                %1$s-2;ann.%1$s@example.org;Ann;Andersen;Seller;Sales %1$s;DK;boss.%1$s@example.org;en
                %1$s-3;carl.%1$s@example.org;Carl;Carlsen;Seller;Sales %1$s;DK;ann.%1$s@example.org;
                """.formatted(tag);
        HrisFile file = read("\uFEFF" + csv);
        assertThat(file.delimiter()).isEqualTo(';');
        HrisMapping mapping = HrisMapping.guess(file.headers());

        HrisPreview preview = imports.preview(file, mapping, n -> { }).join();
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.created()).isEqualTo(3);
        assertThat(preview.departmentsCreated()).isEqualTo(1);
        HrisImportResult first = imports.importFile(file, mapping, n -> { }).join();
        assertThat(first.created()).isEqualTo(3);

        Employee carl = employees.findByEmail("carl." + tag + "@example.org").orElseThrow();
        Employee ann = employees.findByEmail("ann." + tag + "@example.org").orElseThrow();
        assertThat(carl.externalId()).isEqualTo(tag + "-3");
        assertThat(accounts.status(EmployeeId.of(carl.id()))).hasValueSatisfying(account -> {
            assertThat(account.roles()).containsExactly(Role.EMPLOYEE);
            assertThat(account.enabled()).isTrue();
        });
        assertThat(employees.findLineManagerId(carl.id())).contains(ann.id());
        long count = employees.count();

        HrisImportResult again = imports.importFile(read(csv), mapping, n -> { }).join();
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(employees.count()).isEqualTo(count);

        HrisImportResult changed = imports.importFile(read(csv.replace("Carl;Carlsen;Seller",
                "Carl;Carlsen;Senior seller")), mapping, n -> { }).join();
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(2);
        assertThat(employees.findById(carl.id()).orElseThrow().jobTitle()).isEqualTo("Senior seller");
    }

    @Test
    void leavers_are_deactivated_with_their_data_kept_whether_marked_or_missing_from_a_full_export() {
        String header = "Employee ID,E-mail,First name,Last name,Country,Status,End date\n";
        String ann = "%1$s-1,ann.%1$s@example.org,Ann,Andersen,DK,Active,\n".formatted(tag);
        String bo = "%1$s-2,bo.%1$s@example.org,Bo,Berg,DK,Active,\n".formatted(tag);
        String cy = "%1$s-3,cy.%1$s@example.org,Cy,Cole,DK,Active,\n".formatted(tag);
        HrisFile all = read(header + ann + bo + cy);
        HrisMapping mapping = HrisMapping.guess(all.headers());
        imports.importFile(all, mapping, n -> { }).join();

        // Ann is marked as gone; Bo's last day was long ago
        HrisFile marked = read(header + ann.replace("Active", "Terminated") + bo.replace("Active,", "Active,2020-01-31")
                + cy);
        HrisImportResult result = imports.importFile(marked, mapping, n -> { }).join();
        assertThat(result.deactivated()).isEqualTo(2);
        Employee gone = employees.findByEmail("ann." + tag + "@example.org").orElseThrow();
        assertThat(gone.active()).isFalse();
        assertThat(gone.lastName()).as("data kept").isEqualTo("Andersen");
        assertThat(accounts.status(EmployeeId.of(gone.id()))).hasValueSatisfying(a -> assertThat(a.enabled()).isFalse());

        // a full export without Cy: Cy has left; Ann and Bo listed as active again come back
        HrisFile full = read(header + ann + bo);
        HrisPreview preview = imports.preview(full, mapping.withFullExport(true), n -> { }).join();
        assertThat(preview.deactivated()).isGreaterThanOrEqualTo(1);
        assertThat(preview.reactivated()).isEqualTo(2);
        imports.importFile(full, mapping.withFullExport(true), n -> { }).join();
        assertThat(employees.findByEmail("cy." + tag + "@example.org").orElseThrow().active()).isFalse();
        assertThat(employees.findByEmail("ann." + tag + "@example.org").orElseThrow().active()).isTrue();
    }

    @Test
    void a_manager_further_down_the_file_than_their_reports_is_linked_all_the_same() {
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Country,Manager ID
                %1$s-3,c.%1$s@example.org,C,C,DK,%1$s-2
                %1$s-2,b.%1$s@example.org,B,B,DK,%1$s-1
                %1$s-1,a.%1$s@example.org,A,A,DK,
                """.formatted(tag));

        HrisImportResult result = imports.importFile(file, HrisMapping.guess(file.headers()), n -> { }).join();

        assertThat(result.created()).isEqualTo(3);
        Employee a = employees.findByEmail("a." + tag + "@example.org").orElseThrow();
        Employee b = employees.findByEmail("b." + tag + "@example.org").orElseThrow();
        Employee c = employees.findByEmail("c." + tag + "@example.org").orElseThrow();
        assertThat(employees.findLineManagerId(c.id())).contains(b.id());
        assertThat(employees.findLineManagerId(b.id())).contains(a.id());
        assertThat(employees.findLineManagerId(a.id())).isEmpty();
    }

    @Test
    void a_loop_in_the_reporting_lines_is_reported_on_every_line_in_it() {
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Country,Manager ID
                %1$s-1,a.%1$s@example.org,A,A,DK,%1$s-3
                %1$s-2,b.%1$s@example.org,B,B,DK,%1$s-1
                %1$s-3,c.%1$s@example.org,C,C,DK,%1$s-2
                %1$s-4,d.%1$s@example.org,D,D,DK,%1$s-1
                """.formatted(tag));

        HrisPreview preview = imports.preview(file, HrisMapping.guess(file.headers()), n -> { }).join();

        assertThat(preview.problems()).extracting(HrisProblem::line).containsExactly(2, 3, 4);
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.messageKey()).isEqualTo("hris.error.manager-cycle"));
    }

    @Test
    void someone_entered_by_hand_is_matched_once_by_email_and_keeps_the_hris_id() {
        HrisFile file = read("""
                Employee ID,E-mail,First name,Last name,Country
                %1$s-1,ann.%1$s@example.org,Ann,Andersen,DK
                """.formatted(tag));
        HrisMapping mapping = HrisMapping.guess(file.headers());
        imports.importFile(file, mapping, n -> { }).join();
        Employee ann = employees.findByEmail("ann." + tag + "@example.org").orElseThrow();
        // as if HR had entered Ann by hand before the HRIS was connected
        ann.identifyAs(null);
        employees.saveAndFlush(ann);

        HrisImportResult result = imports.importFile(file, mapping, n -> { }).join();

        assertThat(result.created()).isZero();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(employees.findByEmail("ann." + tag + "@example.org").orElseThrow().externalId())
                .isEqualTo(tag + "-1");
    }

    private HrisFile read(String csv) {
        return imports.read("people.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
