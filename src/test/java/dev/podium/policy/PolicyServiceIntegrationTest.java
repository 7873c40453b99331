package dev.podium.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.learning.LearningService;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attesting the shipped guidelines, the append-only record, and a new version asking again. */
@PodiumSpringTest
@RecordApplicationEvents
class PolicyServiceIntegrationTest {

    private static final String GUIDELINES = "social-media-guidelines";

    @Autowired
    dev.podium.content.ContentVariables variables;
    @Autowired
    PolicyService policies;
    @Autowired
    PolicyAttestationRepository attestations;
    @Autowired
    LearningService learning;
    @Autowired
    java.util.List<CourseAtSigningSource> courseStandings;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @TempDir
    Path folder;

    EmployeeId person;

    @BeforeEach
    void signInAsANewEmployee() {
        String email = "attest." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@policy.podium.test";
        long department = AsHr.call(() -> employees.ensureDepartment("Attestation test", "DK")).id();
        person = AsHr.call(() -> employees.register(new EmployeeDraft("Alma", "Attest", email, null, department,
                "DK", null, EnumSet.of(Role.EMPLOYEE, Role.LINE_MANAGER), Locale.ENGLISH)));
        SignIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void attesting_records_the_exact_text_shown_and_completes_the_course_task() {
        learning.enrol(CourseId.of(GUIDELINES), Locale.ENGLISH);
        PolicyPage danish = policies.policy(GUIDELINES, Locale.forLanguageTag("da")).orElseThrow();
        assertThat(danish.attestationDue()).isTrue();
        assertThat(danish.title()).isEqualTo("Retningslinjer for sociale medier");
        assertThat(danish.safeHtml()).contains("<h2>Omfang</h2>");

        Attestation recorded = policies.attest(GUIDELINES, danish.version(), danish.textSha256(),
                Locale.forLanguageTag("da"));

        assertThat(recorded.policyVersion()).isEqualTo("2026.2");
        // the text shown is the file with the company's name and contacts filled in
        String shown = variables.fillMarkdown(readString(Path.of("policies", GUIDELINES, "policy.da.md")),
                Locale.forLanguageTag("da"));
        assertThat(shown).contains("Podium Demo A/S").doesNotContain("{{");
        assertThat(recorded.textSha256()).isEqualTo(PolicyLibrary.sha256(shown));
        assertThat(recorded.locale()).isEqualTo("da");
        assertThat(recorded.rolesAtSigning()).isEqualTo("EMPLOYEE,LINE_MANAGER");
        assertThat(recorded.departmentName()).isEqualTo("Attestation test");
        assertThat(recorded.renewalDue()).isEqualTo(clock.instant().atZone(ZoneOffset.UTC).toLocalDate()
                .plusMonths(12));
        assertThat(recorded.courseVersion()).as("the course is in progress: the version being taken").hasSize(64);
        assertThat(events.stream(PolicyAttested.class).filter(e -> e.employee().equals(person))).singleElement()
                .extracting(PolicyAttested::policyVersion).isEqualTo("2026.2");
        assertThat(policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow().attestationDue()).isFalse();
        assertThat(policies.dueForMe(Locale.ENGLISH)).isEmpty();
        assertThat(learning.progress(CourseId.of(GUIDELINES), Locale.ENGLISH).orElseThrow().tasks()
                .get("attest-guidelines").completed()).isTrue();
    }

    @Test
    void an_attestation_made_before_enrolling_completes_the_course_task_on_enrolment() {
        PolicyPage page = policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow();
        policies.attest(GUIDELINES, page.version(), page.textSha256(), Locale.ENGLISH);
        learning.enrol(CourseId.of(GUIDELINES), Locale.ENGLISH);
        assertThat(learning.progress(CourseId.of(GUIDELINES), Locale.ENGLISH).orElseThrow().tasks()
                .get("attest-guidelines").completed()).isTrue();
    }

    @Test
    void policy_texts_with_an_unknown_variable_are_not_offered() throws IOException {
        Path policy = folder.resolve("house-rules");
        Files.createDirectories(policy);
        writeVersion(policy, "1", "## Rules\n\nAsk {{comms-contact}}, not {{press-contact}}.\n");
        PolicyLibrary library = new PolicyLibrary(new PolicyProperties(folder), variables);
        assertThat(library.snapshot().policies()).isEmpty();
        assertThat(library.snapshot().problems()).extracting(dev.podium.content.ContentProblem::english)
                .anyMatch(problem -> problem.startsWith("house-rules/policy.en.md:3: Unknown variable "
                        + "\"{{press-contact}}\""));
    }

    @Test
    void a_text_that_changed_while_the_person_read_it_is_not_attested() {
        PolicyPage page = policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow();
        assertThatThrownBy(() -> policies.attest(GUIDELINES, page.version(), "0".repeat(64), Locale.ENGLISH))
                .isInstanceOf(PolicyRuleViolation.class).hasMessage("policy.rule.changed");
        assertThatThrownBy(() -> policies.attest(GUIDELINES, "2025.9", page.textSha256(), Locale.ENGLISH))
                .isInstanceOf(PolicyRuleViolation.class).hasMessage("policy.rule.changed");
        assertThat(attestations.mine(person.value(), GUIDELINES)).isEmpty();
    }

    @Test
    void attestations_cannot_be_updated_or_deleted_even_in_the_database() {
        PolicyPage page = policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow();
        long id = policies.attest(GUIDELINES, page.version(), page.textSha256(), Locale.ENGLISH).id();
        assertThatThrownBy(() -> jdbc.update("UPDATE policy_attestation SET policy_version = '9' WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM policy_attestation WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT policy_version FROM policy_attestation WHERE id = ?", String.class, id))
                .isEqualTo("2026.2");
    }

    @Test
    void a_new_version_asks_again_and_keeps_the_earlier_attestation() throws IOException {
        Path policy = folder.resolve("house-rules");
        Files.createDirectories(policy);
        writeVersion(policy, "1", "## Rules\n\nBe kind.\n");
        PolicyLibrary library = new PolicyLibrary(new PolicyProperties(folder), variables);
        PolicyService service = new PolicyService(library, attestations, employees, courseStandings, currentUser,
                publisher, clock);
        PolicyPage first = service.policy("house-rules", Locale.ENGLISH).orElseThrow();
        service.attest("house-rules", first.version(), first.textSha256(), Locale.ENGLISH);
        assertThat(service.policy("house-rules", Locale.ENGLISH).orElseThrow().attestationDue()).isFalse();

        writeVersion(policy, "2", "## Rules\n\nBe kind, and say so when you disagree.\n");
        library.reload();
        PolicyPage second = service.policy("house-rules", Locale.ENGLISH).orElseThrow();
        assertThat(second.attestationDue()).isTrue();
        assertThat(second.textSha256()).isNotEqualTo(first.textSha256());
        service.attest("house-rules", second.version(), second.textSha256(), Locale.ENGLISH);
        assertThat(second.myAttestations()).extracting(Attestation::policyVersion).containsExactly("1");
        assertThat(service.policy("house-rules", Locale.ENGLISH).orElseThrow().myAttestations())
                .extracting(Attestation::policyVersion).containsExactly("2", "1");
    }

    @Test
    void an_attestation_is_due_again_on_its_renewal_date() {
        PolicyPage page = policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow();
        policies.attest(GUIDELINES, page.version(), page.textSha256(), Locale.ENGLISH);
        clock.advance(java.time.Duration.ofDays(366));
        assertThat(policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow().attestationDue()).isTrue();
    }

    @Test
    void hr_sees_coverage_per_department_and_version() {
        PolicyPage page = policies.policy(GUIDELINES, Locale.ENGLISH).orElseThrow();
        policies.attest(GUIDELINES, page.version(), page.textSha256(), Locale.ENGLISH);
        PolicyCoverage coverage = AsHr.call(() -> policies.coverage(GUIDELINES)).orElseThrow();
        assertThat(coverage.currentVersion()).isEqualTo("2026.2");
        assertThat(coverage.attestedCurrent()).isPositive();
        assertThat(coverage.departments()).filteredOn(row -> row.departmentName().equals("Attestation test"))
                .singleElement().satisfies(row -> {
                    assertThat(row.attested()).isPositive();
                    assertThat(row.attested()).isLessThanOrEqualTo(row.activeEmployees());
                });
        assertThat(coverage.versions()).extracting(PolicyCoverage.VersionCount::version).contains("2026.2");
    }

    private static void writeVersion(Path policy, String version, String text) throws IOException {
        Files.writeString(policy.resolve("policy.yml"), "id: house-rules\nversion: \"" + version + "\"\n"
                + "languages: [en]\ntitle:\n  en: House rules\nrenewalMonths: 12\n");
        Files.writeString(policy.resolve("policy.en.md"), text);
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
